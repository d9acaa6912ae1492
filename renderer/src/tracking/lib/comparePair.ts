import type { ReviewSummary } from '@contract/review';

export interface Pair {
  beforeId: number;
  afterId: number;
}

/** The picker's order: completed reviews newest first, then drafts (marked in the list) newest first. */
export function pickerOrder(reviews: readonly ReviewSummary[]): ReviewSummary[] {
  const newestFirst = [...reviews].sort((a, b) => b.quarter.localeCompare(a.quarter));
  return [
    ...newestFirst.filter((r) => r.status === 'completed'),
    ...newestFirst.filter((r) => r.status !== 'completed'),
  ];
}

/**
 * What Compare opens on: the two latest completed reviews, earlier first, so starting the next
 * quarter's draft does not turn everything into "changed". With fewer than two completed, the
 * latest two of any kind; null with fewer than two reviews.
 */
export function defaultPair(reviews: readonly ReviewSummary[]): Pair | null {
  const ordered = pickerOrder(reviews);
  const completed = ordered.filter((r) => r.status === 'completed');
  const [later, earlier] =
    completed.length >= 2 ? completed : [...ordered].sort((a, b) => b.quarter.localeCompare(a.quarter));
  if (!later || !earlier) return null;
  return { beforeId: earlier.id, afterId: later.id };
}
