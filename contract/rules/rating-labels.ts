import type { Rating } from '../framework';

/**
 * A rating in words. Apart from judgements.ts (the suggestion rules, which re-exports it) so the dashboard
 * can word a grade without loading the rules.
 */
const LABEL: Record<Rating, string> = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Requires improvement to be good',
  1: 'Inadequate',
  0: 'Not enough evidence yet',
};

export const ratingLabel = (rating: Rating): string => LABEL[rating];
