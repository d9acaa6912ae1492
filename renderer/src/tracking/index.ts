/**
 * Tracking the home over time: the one way in for the rest of the app. The dashboard parts load with the
 * first screen; the other screens load on first visit (their own chunks). Its styles: ./tracking.css.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export { TrackingOverview } from './components/TrackingOverview';
export { TrackingHistory } from './components/TrackingHistory';
export { Reg45Section } from './components/Reg45Section';

export const CompareReviewsScreen = lazyScreen(
  () => import('./screens/CompareReviewsScreen'),
  'CompareReviewsScreen',
);
export const FiguresScreen = lazyScreen(() => import('./screens/FiguresScreen'), 'FiguresScreen');
export const ProviderScreen = lazyScreen(() => import('./screens/ProviderScreen'), 'ProviderScreen');
