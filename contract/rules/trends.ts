import type { Grade } from '../framework';
import { quartersBetween } from './quarters';

/** The words Ofsted uses at interim inspections. */
export type Movement = 'improved' | 'sustained' | 'declined';

export const MOVEMENT_WORDS: Record<Movement, string> = {
  improved: 'Improved',
  sustained: 'Sustained',
  declined: 'Declined',
};

export function movement(
  previous: Grade | null | undefined,
  current: Grade | null | undefined,
): Movement | null {
  if (previous == null || current == null) return null;
  if (current > previous) return 'improved';
  if (current < previous) return 'declined';
  return 'sustained';
}

/** One judgement per completed review, oldest first. Quarters may have gaps (a skipped review). */
export interface GradePoint {
  quarter: string;
  grade: Grade | null;
}

export interface Streaks {
  /** Consecutive quarters, up to the latest review, judged Good or better. */
  goodOrBetter: number;
  outstanding: number;
}

/** A skipped quarter ends a streak: nobody can say the grade held through a quarter nobody reviewed. */
export function streaks(points: readonly GradePoint[]): Streaks {
  const count = (min: Grade) => {
    let n = 0;
    for (let i = points.length - 1; i >= 0; i--) {
      const point = points[i]!;
      if (point.grade === null || point.grade < min) break;
      const later = points[i + 1];
      if (later && quartersBetween(point.quarter, later.quarter) !== 1) break;
      n++;
    }
    return n;
  };
  return { goodOrBetter: count(3), outstanding: count(4) };
}

export interface Stability {
  /** How many times the grade changed between reviews in the window. */
  changes: number;
  /** How many reviews with a grade fell in the window. */
  reviews: number;
}

/** Grade changes over the last `window` quarters up to `latestQuarter`: 0 is steady, many is swinging. */
export function stability(points: readonly GradePoint[], latestQuarter: string, window = 8): Stability {
  const inWindow = points.filter((p) => {
    const age = quartersBetween(p.quarter, latestQuarter);
    return p.grade !== null && age >= 0 && age < window;
  });
  let changes = 0;
  for (let i = 1; i < inWindow.length; i++) {
    if (inWindow[i]!.grade !== inWindow[i - 1]!.grade) changes++;
  }
  return { changes, reviews: inWindow.length };
}
