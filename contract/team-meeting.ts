import { z } from 'zod';
import { dateOfTimestamp, formatIsoDate } from './rules/dates';
import type { Rating } from './framework';
import { homeDate, text, TEXT_MAX } from './home-date';
import { id } from './review';
import type { TeamRound } from './team-rating';
import type { ManagerFlag, Spread } from './rules/team-rules';

export type AgendaReason =
  'blind-spot' | 'hidden-strength' | 'overdue' | 'discuss' | 'changed' | 'agreed' | 'spread' | 'added';
export const REASON_WORDS: Record<AgendaReason, string> = {
  'blind-spot': 'The team rated this lower than you: a possible blind spot',
  'hidden-strength': 'The team rated this higher than you: a possible hidden strength',
  overdue: 'Overdue action',
  discuss: 'Flagged to discuss with the team',
  changed: 'Rating changed since the last completed review',
  agreed: 'Rating agreed by the team',
  spread: 'The team’s ratings spread widely',
  added: 'Added by the manager',
};

/** The day an agreement belongs to: the meeting's date once recorded, else the home's day it was typed. */
export function agreedOn(agreed: AgreedRating): string {
  return agreed.meetingOn ?? dateOfTimestamp(agreed.agreedAt);
}

/** Why an item is on the agenda, in words: an agreed rating says when the team agreed it. */
export function reasonWords(item: AgendaItem): string[] {
  const last = item.indicator?.agreed.at(-1);
  return item.reasons.map((r) =>
    r === 'agreed' && last
      ? `Rating agreed by the team on ${formatIsoDate(agreedOn(last))}`
      : REASON_WORDS[r],
  );
}

export interface AgreedRating {
  rating: Rating;
  earlier: Rating | null;
  reasoning: string;
  /** When it was typed in (a timestamp). */
  agreedAt: string;
  /** The date of the meeting it was agreed in, once the meeting's record gives one. */
  meetingOn: string | null;
}

export interface AgendaIndicator {
  key: string;
  number: string;
  statement: string;
  /** The review's rating now: after an agreement, the agreed one. */
  manager: Rating | null;
  /** The manager's own rating before the team agreed any (the review's rating if none was agreed). */
  own: Rating | null;
  previous: Rating | null;
  raters: number;
  /** Null when fewer people rated than the threshold allows to show. */
  spread: Spread | null;
  /** The manager's own rating against the team's middle rating: a possible blind spot or hidden strength. */
  flag: ManagerFlag;
  /** Every agreement, oldest first; the last is the current one. */
  agreed: AgreedRating[];
}

export interface AgendaItem {
  /** "indicator:<key>", "action:<id>" or "added:<n>". */
  id: string;
  reasons: AgendaReason[];
  title: string;
  /** What the meeting said about the item, in a line or two (never who rated what). */
  note: string;
  indicator?: AgendaIndicator;
  action?: { id: number; owner: string; dueOn: string };
}

export interface MeetingSettings {
  minRaters: number;
  flagMargin: number;
}

export interface TeamMeeting {
  reviewId: number;
  homeId: number;
  quarter: string;
  reviewStatus: 'draft' | 'completed';
  round: TeamRound | null;
  settings: MeetingSettings;
  items: AgendaItem[];
  heldOn: string | null;
  attendees: string;
  notes: string;
}

/** Whether a review's team meeting has been recorded, for the list of meetings. */
export interface MeetingHeld {
  reviewId: number;
  /** The home's date the meeting was held, or null while none is recorded. */
  heldOn: string | null;
}

export const saveAgendaInput = z.strictObject({
  reviewId: id,
  order: z.array(z.string().max(120)).max(300),
  added: z.array(text('the agenda item')).max(50),
});

/** The settings of the home whose review's meeting this is. */
export const meetingSettingsInput = z.strictObject({
  reviewId: id,
  minRaters: z
    .number({ error: 'Enter a whole number, 3 or more' })
    .int({ error: 'Enter a whole number, 3 or more' })
    .min(3, { error: 'Enter 3 or more: fewer raters could be identified' })
    .max(50, { error: 'Enter 50 or fewer' }),
  flagMargin: z
    .number({ error: 'Enter 1, 2 or 3' })
    .int({ error: 'Enter 1, 2 or 3' })
    .min(1, { error: 'Enter 1, 2 or 3' })
    .max(3, { error: 'Enter 1, 2 or 3' }),
});

/** A note on one agenda item; an empty note removes it. */
export const itemNoteInput = z.strictObject({
  reviewId: id,
  itemId: z.string().min(1).max(120),
  note: text('the note', false),
});

export const agreeRatingInput = z.strictObject({
  reviewId: id,
  indicatorKey: z.string().min(1).max(80),
  rating: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: 'Choose the agreed rating',
  }),
  reasoning: text('the reasoning for the agreed rating'),
});

export const recordMeetingInput = z.strictObject({
  reviewId: id,
  heldOn: homeDate('the date of the meeting'),
  attendees: z.string().max(TEXT_MAX),
  notes: z.string().max(TEXT_MAX),
});
