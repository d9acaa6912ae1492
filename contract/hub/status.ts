import { z } from 'zod';
import { id } from '../review';

/** One publication as the Settings screen lists it. */
export interface HubPublishedItem {
  seq: number;
  /** In words: "Review signed off: Oct to Dec 2026", "Action: Evening walk-rounds (open)". */
  what: string;
  createdAt: string;
  sentAt: string | null;
}

/** Why a send failed when the hub could not be reached at all; any other reason is the hub's own answer. */
export const HUB_UNREACHABLE = 'The hub could not be reached (offline, or the hub is down).';

export type HubStatus =
  | { connected: false }
  | {
      connected: true;
      hubUrl: string;
      connectedAt: string;
      lastSentAt: string | null;
      /** The first failed send since the last success. */
      offlineSince: string | null;
      lastError: string;
      /** The local authority the home shares its judgements with, or null. */
      sharesWith: string | null;
      /** The home chose to send its free-text evidence notes with signed-off reviews (off unless chosen). */
      publishesNotes: boolean;
      waiting: number;
      recent: HubPublishedItem[];
      /** After a send: when the app should try again. */
      nextTryInMs: number | null;
    };

export const hubHomeInput = z.strictObject({ homeId: id });

export const connectHubInput = z.strictObject({
  homeId: id,
  hubUrl: z
    .string({ error: 'Enter the hub’s address' })
    .trim()
    .min(1, { error: 'Enter the hub’s address' })
    .max(500, { error: 'The address must be 500 characters or fewer' }),
  code: z
    .string({ error: 'Enter the enrolment code' })
    .trim()
    .min(1, { error: 'Enter the enrolment code your provider gave you' })
    .max(40, { error: 'An enrolment code is 19 characters, for example K7MR-2QXH-9DPA-WNZ4' }),
});

export const publishNotesInput = z.strictObject({ homeId: id, on: z.boolean() });

export const shareWithInput = z.strictObject({
  homeId: id,
  localAuthority: z
    .string()
    .trim()
    .max(200, { error: 'Shorten the local authority’s name to 200 characters or fewer' })
    .transform((s) => (s === '' ? null : s)),
});
