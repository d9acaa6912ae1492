import type { HistoryPoint } from '@contract/dashboard';
import type { Grade } from '@contract/framework';
import { quartersBetween } from '@contract/rules/quarters';

/** The overall judgement of the last completed review before `quarter`, if any. */
export function previousOverall(history: HistoryPoint[], quarter: string): Grade | null {
  return history.filter((p) => p.quarter < quarter).at(-1)?.overall ?? null;
}

/** History and figures cut to the `count` quarters ending with `quarter` (later ones left out). */
export function windowTo<T extends { quarter: string }>(points: T[], quarter: string, count: number): T[] {
  return points.filter((p) => {
    const age = quartersBetween(p.quarter, quarter);
    return age >= 0 && age < count;
  });
}
