/**
 * What other features may use of tracking (as @tracking/api): the addresses of its screens, its query keys
 * (a change elsewhere that moves the dashboard or the figures refreshes them) and the way into comparing
 * two reviews, for wherever reviews are listed or summed up.
 */
export { trackingPaths } from '../lib/trackingPaths';
export { trackingKeys } from './trackingKeys';
export { CompareReviewsLink } from '../components/CompareReviewsLink';
