import type { Grade, Rating } from '@contract/framework';

/** Best first, as the choices are offered. */
export const GRADE_ORDER: Grade[] = [4, 3, 2, 1];
export const RATING_ORDER: Rating[] = [4, 3, 2, 1, 0];
