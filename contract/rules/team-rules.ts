import type { Grade, Rating } from '../framework';

/** Spreads never show with fewer raters than this, so nobody in a small team can be picked out. */
export const MIN_RATERS_FLOOR = 3;
export const DEFAULT_MIN_RATERS = 3;
/** Grades between the manager's rating and the team's median that raise a flag. */
export const DEFAULT_FLAG_MARGIN = 1;

export const GRADE_WORDS: Record<Rating, string> = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Requires improvement',
  1: 'Inadequate',
  0: 'Don’t know',
};

export type SpreadLabel = 'agreed' | 'mixed' | 'split' | 'evidence-gap';
export const SPREAD_WORDS: Record<SpreadLabel, string> = {
  agreed: 'Agreed: everyone within one grade',
  mixed: 'Mixed: two grades apart',
  split: 'Split: from one end of the scale to the other',
  'evidence-gap': 'Evidence gap: a third or more said they don’t know',
};

export interface Spread {
  raters: number;
  /** How many gave each grade, and "don't know" (0). */
  counts: Record<Rating, number>;
  /** Of the grades given (don't know left out); null when nobody gave one. Halves round down. */
  median: Grade | null;
  lowest: Grade | null;
  highest: Grade | null;
  label: SpreadLabel | null;
}

/** How a team's ratings spread: counts per grade, the median, and Agreed / Mixed / Split / Evidence gap. */
export function spreadOf(ratings: readonly Rating[]): Spread {
  const counts: Record<Rating, number> = { 4: 0, 3: 0, 2: 0, 1: 0, 0: 0 };
  for (const r of ratings) counts[r] += 1;
  const graded = ratings.filter((r): r is Grade => r !== 0).sort((a, b) => a - b);
  const lowest = graded[0] ?? null;
  const highest = graded.at(-1) ?? null;
  const median = graded.length === 0 ? null : (graded[Math.floor((graded.length - 1) / 2)] as Grade);
  let label: SpreadLabel | null = null;
  if (ratings.length > 0 && counts[0] * 3 >= ratings.length) label = 'evidence-gap';
  else if (lowest !== null && highest !== null) {
    const range = highest - lowest;
    label = range <= 1 ? 'agreed' : range === 2 ? 'mixed' : 'split';
  }
  return { raters: ratings.length, counts, median, lowest, highest, label };
}

/** The smallest group a spread may show for: the setting, but never below three. */
export function effectiveMinRaters(setting: number): number {
  return Math.max(MIN_RATERS_FLOOR, Math.floor(setting));
}

/** Whether a spread from this many raters may be shown at all. */
export function spreadShown(raters: number, minRatersSetting: number): boolean {
  return raters >= effectiveMinRaters(minRatersSetting);
}

export type ManagerFlag = 'blind-spot' | 'hidden-strength' | null;
export const FLAG_WORDS: Record<Exclude<ManagerFlag, null>, string> = {
  'blind-spot': 'Possible blind spot: the manager’s rating is well above the team’s',
  'hidden-strength': 'Possible hidden strength: the manager’s rating is well below the team’s',
};

/**
 * A possible blind spot when the manager rates at least `margin` grades above the team's median, a
 * hidden strength when at least `margin` below. Nothing when either is missing ("don't know" included).
 */
export function managerFlag(manager: Rating | null, teamMedian: Grade | null, margin: number): ManagerFlag {
  if (manager === null || manager === 0 || teamMedian === null) return null;
  const step = Math.max(1, Math.floor(margin));
  if (manager - teamMedian >= step) return 'blind-spot';
  if (teamMedian - manager >= step) return 'hidden-strength';
  return null;
}
