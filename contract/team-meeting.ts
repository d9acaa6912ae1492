import { z } from 'zod';
import { formatTimestampDate } from './rules/dates';
import type { Rating } from './framework';
import { homeDate, text, TEXT_MAX } from './home-date';
import { id } from './review';
import type { TeamRound } from './team-rating';
import type { ManagerFlag, Spread } from './rules/team-rules';

export type AgendaReason = 'overdue' | 'discuss' | 'changed' | 'agreed' | 'spread' | 'added';
export const REASON_WORDS: Record<AgendaReason, string> = {
  overdue: 'Overdue action',
  discuss: 'Flagged to discuss with the team',
  changed: 'Rating changed since the last completed review',
  agreed: 'Rating agreed by the team',
  spread: 'The team’s ratings spread widely',
  added: 'Added by the manager',
};

/** Why an item is on the agenda, in words: an agreed rating says when the team agreed it. */
export function reasonWords(item: AgendaItem): string[] {
  const last = item.indicator?.agreed.at(-1);
  return item.reasons.map((r) =>
    r === 'agreed' && last
      ? `Rating agreed by the team on ${formatTimestampDate(last.agreedAt)}`
      : REASON_WORDS[r],
  );
}

export interface AgreedRating {
  rating: Rating;
  earlier: Rating | null;
  reasoning: string;
  agreedAt: string;
}

export interface AgendaIndicator {
  key: string;
  number: string;
  statement: string;
  manager: Rating | null;
  previous: Rating | null;
  raters: number;
  /** Null when fewer people rated than the threshold allows to show. */
  spread: Spread | null;
  flag: ManagerFlag;
  /** Every agreement, oldest first; the last is the current one. */
  agreed: AgreedRating[];
}

export interface AgendaItem {
  /** "indicator:<key>", "action:<id>" or "added:<n>". */
  id: string;
  reasons: AgendaReason[];
  title: string;
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
