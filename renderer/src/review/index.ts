/**
 * The quarterly review: the one way in for the rest of the app. Screens load on first visit (their own
 * chunks); the dashboard card and the sample-data offer are small and load with the first screen.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export { DashboardReviewStep } from './components/DashboardReviewStep';
export { ExploreSampleData } from './components/ExploreSampleData';

export const ReviewsListScreen = lazyScreen(() => import('./screens/ReviewsListScreen'), 'ReviewsListScreen');
export const CustomIndicatorsScreen = lazyScreen(
  () => import('./screens/CustomIndicatorsScreen'),
  'CustomIndicatorsScreen',
);
export const ReviewOverviewScreen = lazyScreen(
  () => import('./screens/ReviewOverviewScreen'),
  'ReviewOverviewScreen',
);
export const DomainStepScreen = lazyScreen(() => import('./screens/DomainStepScreen'), 'DomainStepScreen');
export const ReviewSummaryScreen = lazyScreen(
  () => import('./screens/ReviewSummaryScreen'),
  'ReviewSummaryScreen',
);

// Autosave, for other features' long text (the Reg 45 draft's analysis): the same debounce, blur and
// page-hide saves, and the same "Saved" only after the app confirms the write.
export { useAutosavedDraft } from './autosave/useAutosavedDraft';
export { SaveStatus } from './components/SaveStatus';
