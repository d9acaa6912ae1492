import { z } from 'zod';
import { id } from '../review';

export const phoneRoundInput = z.strictObject({ roundId: id });

/** One person asked to rate on their phone: their one-use link and whether they have finished. */
export interface PhoneRater {
  staffId: number;
  name: string;
  /** Typed on the phone, or read from the QR code through `link`. */
  code: string;
  link: string;
  finished: boolean;
}

/** A team rating round filled on staff's own phones through the provider hub. */
export type PhoneRound =
  /** The home is not connected to a hub, or the round has ended: nothing to show. */
  | { state: 'unavailable'; reason: string }
  | { state: 'ready' }
  | { state: 'open'; people: PhoneRater[]; finished: number; invited: number };
