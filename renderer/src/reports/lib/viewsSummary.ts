import type { Feedback, FeedbackGroup, VoiceResults } from '@contract/voice';
import { within } from './actionGroups';

/** One of the four groups of reg 45(5) over a period: how many views were recorded and the latest. */
export interface GroupViews {
  group: 'children' | Exclude<FeedbackGroup, 'reg44' | 'other'>;
  title: string;
  /** "5 surveys in 3 quarters", "2 recorded", or "None recorded". */
  count: string;
  /** The latest one's date or quarter; null when there is none. */
  latest: string | null;
  /** What the latest one said, for adults' views only; young people's words are never printed. */
  said: string | null;
}

const ADULT_GROUPS: { group: GroupViews['group'] & FeedbackGroup; title: string }[] = [
  { group: 'parents', title: 'Parents and family' },
  { group: 'placing', title: 'Placing authorities' },
  { group: 'staff', title: 'Staff' },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The four groups whose views reg 45(5) asks for, over the pack's quarters and dates: young people by
 * their surveys (how many were filled in, never what one child said), then parents, placing authorities
 * and staff by the feedback recorded. A group with nothing recorded says so.
 */
export function viewsSummary(input: {
  quarters: string[];
  start: string;
  end: string;
  results: VoiceResults;
  feedback: Feedback[];
}): GroupViews[] {
  const surveyed = input.results.quarters
    .filter((q) => input.quarters.includes(q.quarter) && q.sessions > 0)
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
  const sessions = surveyed.reduce((sum, q) => sum + q.sessions, 0);
  const children: GroupViews = {
    group: 'children',
    title: 'Children and young people',
    count:
      sessions === 0
        ? 'None recorded'
        : `${plural(sessions, 'survey', 'surveys')} in ${plural(surveyed.length, 'quarter', 'quarters')}`,
    latest: surveyed.at(-1)?.quarter ?? null,
    said: null,
  };
  const adults = ADULT_GROUPS.map(({ group, title }): GroupViews => {
    const rows = input.feedback
      .filter((f) => f.group === group && within(f.receivedOn, input.start, input.end))
      .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id);
    const last = rows.at(-1);
    return {
      group,
      title,
      count: rows.length === 0 ? 'None recorded' : plural(rows.length, 'view recorded', 'views recorded'),
      latest: last?.receivedOn ?? null,
      said: last ? last.said.trim() || 'Questionnaire answers only.' : null,
    };
  });
  return [children, ...adults];
}
