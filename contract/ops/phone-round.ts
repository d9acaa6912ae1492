import { phoneRoundInput, type PhoneRound } from '../hub/phone-round';
import type { TeamRound } from '../team-rating';
import { read, write } from './op';

/**
 * Staff rate on their own phones through the provider hub. Each talks to the hub over the network, so the
 * handlers answer with a promise (dispatch awaits every handler).
 */
export const phoneRoundOperations = {
  'phoneRound.get': read<Promise<PhoneRound>>()(phoneRoundInput),
  'phoneRound.open': write<Promise<PhoneRound>>()(phoneRoundInput),
  'phoneRound.end': write<Promise<TeamRound>>()(phoneRoundInput),
} as const;
