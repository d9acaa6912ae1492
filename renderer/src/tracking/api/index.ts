/**
 * What other features may use of tracking (as @tracking/api): the addresses of its screens and the way
 * into comparing two reviews, for wherever reviews are listed or summed up.
 */
export { trackingPaths } from '../lib/trackingPaths';
export { CompareReviewsLink } from '../components/CompareReviewsLink';
