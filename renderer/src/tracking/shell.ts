/**
 * Tracking the home over time, as the app shell uses it: the screens, which load on first visit (their own
 * chunks). Everything this file exports loads with the first screen; the dashboard's parts are in
 * parts.ts (the dashboard is a chunk of its own), and what other features' lazily loaded code uses (the
 * printed reports' tables) is in index.ts, so both stay out. Its styles: ./tracking.css.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

/** Its query keys: the app shell seeds the dashboard's from the start-up read (startupPrefetch.ts). */
export { trackingKeys } from './api/trackingKeys';

export const CompareReviewsScreen = lazyScreen(
  () => import('./screens/CompareReviewsScreen'),
  'CompareReviewsScreen',
);
export const TrendsScreen = lazyScreen(() => import('./screens/TrendsScreen'), 'TrendsScreen');
export const FiguresScreen = lazyScreen(() => import('./screens/FiguresScreen'), 'FiguresScreen');
export const ProviderScreen = lazyScreen(() => import('./screens/ProviderScreen'), 'ProviderScreen');
