/**
 * Tracking the home over time, as the app shell uses it: the dashboard's parts, which load with the first
 * screen, and the other screens, which load on first visit (their own chunks). Everything this file
 * exports loads with the first screen; what other features' lazily loaded code uses (the printed reports'
 * tables) is in index.ts, so it stays out. Its styles: ./tracking.css.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export { DashboardGlance } from './glance/DashboardGlance';
export { MoreLinks } from './glance/MoreLinks';

export const CompareReviewsScreen = lazyScreen(
  () => import('./screens/CompareReviewsScreen'),
  'CompareReviewsScreen',
);
export const TrendsScreen = lazyScreen(() => import('./screens/TrendsScreen'), 'TrendsScreen');
export const FiguresScreen = lazyScreen(() => import('./screens/FiguresScreen'), 'FiguresScreen');
export const ProviderScreen = lazyScreen(() => import('./screens/ProviderScreen'), 'ProviderScreen');
