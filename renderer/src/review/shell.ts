/**
 * The quarterly review, as the app shell uses it: the screens, loaded on first visit (their own chunks).
 * Everything this file exports loads with the first screen; the dashboard card and the sample-data offer
 * are in parts.ts (the dashboard and first run are chunks of their own), and what other features' lazily
 * loaded code uses (autosave, for the Reg 45 draft) is in index.ts, so both stay out.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

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
