import type { HistoryPoint } from '@contract/dashboard';
import type { Grade } from '@contract/framework';
import { quarterRange } from './quarterText';

export interface GradeAt {
  quarter: string;
  /** Null for a quarter with no completed review, or a review without this judgement: a gap. */
  grade: Grade | null;
}

/** Every quarter from the first review to the latest, with the judgement `pick` reads, or a gap. */
export function gradeSeries(history: HistoryPoint[], pick: (p: HistoryPoint) => Grade | null): GradeAt[] {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return [];
  const byQuarter = new Map(history.map((p) => [p.quarter, pick(p)]));
  return quarterRange(first.quarter, last.quarter).map((quarter) => ({
    quarter,
    grade: byQuarter.get(quarter) ?? null,
  }));
}

/**
 * Which of `count` evenly spaced labels to show so that neighbours sit at least `minSpacing` apart.
 * The latest is always labelled, counting back from it.
 */
export function labelledIndexes(count: number, width: number, minSpacing: number): Set<number> {
  if (count <= 0) return new Set();
  const spacing = count > 1 ? width / (count - 1) : width;
  const step = Math.max(1, Math.ceil(minSpacing / Math.max(spacing, 1)));
  const shown = new Set<number>();
  for (let i = count - 1; i >= 0; i -= step) shown.add(i);
  return shown;
}
