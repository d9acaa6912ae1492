import type { FeedbackGroup } from '../voice';

/** The four groups whose views reg 45(5) says the review must take into account, as the report names them. */
export const REG45_GROUPS: { key: 'children' | FeedbackGroup; name: string }[] = [
  { key: 'children', name: 'children' },
  { key: 'parents', name: 'parents' },
  { key: 'placing', name: 'placing authorities' },
  { key: 'staff', name: 'staff' },
];

/**
 * The reg 45(5) groups with no view recorded in the period: children count when a survey was filled in
 * in one of its quarters; the others when feedback from them was received between its first and last day.
 */
export function groupsWithoutViews(input: {
  start: string;
  end: string;
  quarters: string[];
  surveys: { quarter: string; sessions: number }[];
  feedback: { group: FeedbackGroup; receivedOn: string }[];
}): string[] {
  const children = input.surveys.some((s) => input.quarters.includes(s.quarter) && s.sessions > 0);
  const heard = new Set(
    input.feedback
      .filter((f) => f.receivedOn >= input.start && f.receivedOn <= input.end)
      .map((f) => f.group),
  );
  return REG45_GROUPS.filter((g) => (g.key === 'children' ? !children : !heard.has(g.key))).map(
    (g) => g.name,
  );
}
