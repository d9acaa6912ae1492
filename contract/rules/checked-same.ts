import type { Grade } from '../framework';
import { ratingLabel } from './judgements';
import { aboveRecords } from './records-say';

/** Last quarter's answer to one indicator, from the home's previous completed review. */
export interface LastAnswer {
  rating: number | null;
  note: string;
}

/**
 * Whether "Same as last quarter, checked today" may be offered for an indicator, and if not, why. It is a
 * statement that last quarter's grade and evidence still stand, so it needs a grade (not "not enough
 * evidence"), a note to stand on, and records that do not now point lower than that grade: then the
 * manager rates afresh. It never fills a rating in by itself; the manager chooses it.
 */
export function sameAsLastRefusal(previous: LastAnswer | null, ceiling: Grade | null): string | null {
  if (!previous || previous.rating === null) return 'There is no rating from last quarter to confirm.';
  if (previous.rating === 0)
    return 'Last quarter said there was not enough evidence, so rate this indicator afresh.';
  if (previous.note.trim() === '')
    return 'Last quarter had no evidence note, so write what shows this quarter.';
  if (aboveRecords(previous.rating, ceiling))
    return `Your records now suggest ${ratingLabel(ceiling!)} at most, so rate this indicator afresh.`;
  return null;
}

/**
 * Before the confirmation is saved: it may only confirm last quarter's own rating and note, unchanged.
 * Returns the problem to show, or null.
 */
export function checkedSameProblem(
  current: LastAnswer,
  previous: LastAnswer | null,
  ceiling: Grade | null,
): string | null {
  const refusal = sameAsLastRefusal(previous, ceiling);
  if (refusal) return refusal;
  if (current.rating !== previous!.rating || current.note !== previous!.note)
    return 'The rating or note differs from last quarter’s, so it cannot be confirmed as the same. Save it as this quarter’s own answer instead.';
  return null;
}
