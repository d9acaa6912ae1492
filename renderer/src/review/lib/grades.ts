import type { Framework, Grade, Rating } from '@contract/framework';

/** Best first, as the choices are offered. */
export const GRADE_ORDER: Grade[] = [4, 3, 2, 1];
export const RATING_ORDER: Rating[] = [4, 3, 2, 1, 0];

/** The rating's label, with its short meaning beside it where the framework has one (version 2 on). */
export function gradeChoices(framework: Framework, order: readonly Rating[]) {
  return order.map((rating) => ({
    value: rating,
    label: framework.ratingLabels[rating],
    meaning: rating > 0 ? framework.gradeShortMeanings?.[rating as Grade] : undefined,
  }));
}
