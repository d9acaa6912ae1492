import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { lazyScreen } from './lazyScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';

const ActionsScreen = lazyScreen(() => import('./screens/ActionsScreen'), 'ActionsScreen');
const AddHomeScreen = lazyScreen(() => import('./screens/AddHomeScreen'), 'AddHomeScreen');
const ReportsScreen = lazyScreen(() => import('./screens/ReportsScreen'), 'ReportsScreen');
const ReviewsScreen = lazyScreen(() => import('./screens/ReviewsScreen'), 'ReviewsScreen');
const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen'), 'SettingsScreen');
const CustomIndicatorsScreen = lazyScreen(
  () => import('./review/screens/CustomIndicatorsScreen'),
  'CustomIndicatorsScreen',
);
const DomainStepScreen = lazyScreen(() => import('./review/screens/DomainStepScreen'), 'DomainStepScreen');
const ReviewOverviewScreen = lazyScreen(
  () => import('./review/screens/ReviewOverviewScreen'),
  'ReviewOverviewScreen',
);
const ReviewSummaryScreen = lazyScreen(
  () => import('./review/screens/ReviewSummaryScreen'),
  'ReviewSummaryScreen',
);
const CompareReviewsScreen = lazyScreen(
  () => import('./tracking/screens/CompareReviewsScreen'),
  'CompareReviewsScreen',
);
const FiguresScreen = lazyScreen(() => import('./tracking/screens/FiguresScreen'), 'FiguresScreen');
const ProviderScreen = lazyScreen(() => import('./tracking/screens/ProviderScreen'), 'ProviderScreen');

/** Shown inside the layout while a screen's code loads (usually too briefly to see). */
function ScreenLoading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Switch>
        <Route path="/" component={DashboardScreen} />
        <Route path="/reviews" component={ReviewsScreen} />
        <Route path="/reviews/indicators" component={CustomIndicatorsScreen} />
        <Route path="/reviews/compare" component={CompareReviewsScreen} />
        <Route path="/reviews/:id" component={ReviewOverviewScreen} />
        <Route path="/reviews/:id/domain/:domainKey" component={DomainStepScreen} />
        <Route path="/reviews/:id/summary" component={ReviewSummaryScreen} />
        <Route path="/actions" component={ActionsScreen} />
        <Route path="/reports" component={ReportsScreen} />
        <Route path="/figures" component={FiguresScreen} />
        <Route path="/figures/:quarter" component={FiguresScreen} />
        <Route path="/provider" component={ProviderScreen} />
        <Route path="/settings" component={SettingsScreen} />
        <Route path="/settings/add-home" component={AddHomeScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
    </Suspense>
  );
}
