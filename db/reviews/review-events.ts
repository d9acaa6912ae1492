import type { Framework, Rating } from '../../contract/framework';
import type { ReviewEvent } from '../../contract/review';
import type { AgreedRow, EventRow, IndicatorRow } from './review-rows';

/** Each indicator's number as the review shows it ("2.3"): its domain's number and its place there. */
function indicatorNumbers(rows: IndicatorRow[], framework: Framework): Map<string, string> {
  const numbers = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const place = (seen.get(row.domain_key) ?? 0) + 1;
    seen.set(row.domain_key, place);
    const domain = framework.domains.find((d) => d.key === row.domain_key);
    numbers.set(row.indicator_key, `${domain?.number ?? '?'}.${place}`);
  }
  return numbers;
}

/**
 * The review's history, oldest first: started, completed and reopened, and each rating a team meeting
 * agreed, with the rating it replaced (issue 10: "the earlier one kept in the review's history").
 */
export function reviewEvents(
  events: EventRow[],
  agreed: AgreedRow[],
  rows: IndicatorRow[],
  framework: Framework,
): ReviewEvent[] {
  const numbers = indicatorNumbers(rows, framework);
  const own: ReviewEvent[] = events.map((e) => ({
    kind: e.kind,
    at: e.at,
    byName: e.by_name,
    reason: e.reason,
  }));
  // The manager's own rating is the one the first agreement on the indicator replaced.
  const managers = new Map<string, Rating | null>();
  for (const a of agreed) {
    if (!managers.has(a.indicator_key)) managers.set(a.indicator_key, a.earlier_rating);
  }
  const fromMeetings: ReviewEvent[] = agreed.map((a) => ({
    kind: 'agreed',
    at: a.agreed_at,
    byName: null,
    reason: a.reasoning,
    agreed: {
      indicatorKey: a.indicator_key,
      number: numbers.get(a.indicator_key) ?? '?',
      rating: a.rating,
      earlier: a.earlier_rating,
      own: managers.get(a.indicator_key) ?? null,
      meetingOn: a.held_on,
    },
  }));
  // Both lists are in order already; a stable sort by time interleaves them.
  return [...own, ...fromMeetings].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
