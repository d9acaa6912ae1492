/**
 * The rules that protect children's anonymity and compare views: pure, shared by store and screens.
 */
import type { Grade } from '../framework';

/** No result is ever shown for fewer young people than this, whatever the setting says. */
export const MIN_ANSWERS_FLOOR = 3;
export const MIN_ANSWERS_CEILING = 20;
/** How far apart (in grades) two views may be before the hallmark is flagged. */
export const MARGINS = [0.5, 1, 1.5, 2] as const;
export const DEFAULT_MARGIN = 1;

/** The threshold in force: the setting, but never below the floor. */
export const effectiveThreshold = (setting: number): number =>
  Math.max(MIN_ANSWERS_FLOOR, Math.floor(Number.isFinite(setting) ? setting : MIN_ANSWERS_FLOOR));

/** Whether a result built on `answered` young people's answers may be shown. */
export const canShowResult = (answered: number, setting: number): boolean =>
  answered >= effectiveThreshold(setting);

export interface ViewsOfHallmark {
  /** The manager's judgement of the hallmark in that quarter's review. */
  manager: Grade | null;
  /** The staff team's ratings on the grade line, when enough staff rated it. */
  team: number | null;
  /** The young people's answers on the grade line (1..4), or null when hidden or missing. */
  youngPeople: number | null;
}

export interface Disagreement {
  flagged: boolean;
  /** The widest gap between any two of the views present, in grades. */
  gap: number;
  /** Who is furthest apart, for the sentence beside the flag. */
  between: [keyof ViewsOfHallmark, keyof ViewsOfHallmark] | null;
}

/** Flags a hallmark whose views differ by more than the margin (needs at least two views). */
export function disagreement(views: ViewsOfHallmark, margin: number): Disagreement {
  const present = (Object.keys(views) as (keyof ViewsOfHallmark)[])
    .filter((k) => views[k] !== null)
    .map((k) => [k, views[k]!] as const);
  let widest: Disagreement = { flagged: false, gap: 0, between: null };
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const gap = Math.round(Math.abs(present[i]![1] - present[j]![1]) * 100) / 100;
      if (gap > widest.gap) widest = { flagged: false, gap, between: [present[i]![0], present[j]![0]] };
    }
  }
  return { ...widest, flagged: widest.gap > margin };
}

/** The home's quarter ("2026-Q3") of a home date ("2026-08-14"). */
export function quarterOfDate(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}
