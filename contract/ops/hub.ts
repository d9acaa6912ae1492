import {
  connectHubInput,
  hubHomeInput,
  publishNotesInput,
  shareWithInput,
  type HubStatus,
} from '../hub/status';
import { read, write } from './op';

/**
 * The provider hub (opt-in). Connecting and sending talk to the hub over the network, so their handlers
 * answer with a promise (dispatch awaits every handler).
 */
export const hubOperations = {
  'hub.status': read<HubStatus>()(hubHomeInput),
  'hub.connect': write<Promise<HubStatus>>()(connectHubInput),
  'hub.send': write<Promise<HubStatus>>()(hubHomeInput),
  'hub.disconnect': write<HubStatus>()(hubHomeInput),
  'hub.shareWith': write<HubStatus>()(shareWithInput),
  'hub.publishNotes': write<HubStatus>()(publishNotesInput),
} as const;
