/**
 * What other features may use of the reviews, beside the feature's entry (index.ts): the reviews' data and
 * their query keys, and the paths of the review screens. Lint lets any feature import this, never the rest.
 */
export { reviewKeys } from './reviewKeys';
export { useReview } from './useReview';
export { useReviews } from './useReviews';
export { reviewPaths } from '../lib/reviewPaths';
