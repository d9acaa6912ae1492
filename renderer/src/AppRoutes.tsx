import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { lazyScreen } from '@shared/lib/lazyScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { NotFoundScreen } from '@shared/ui/NotFoundScreen';
import {
  CustomIndicatorsScreen,
  DomainStepScreen,
  ReviewOverviewScreen,
  ReviewsListScreen,
  ReviewSummaryScreen,
} from '@review';
import { CompareReviewsScreen, FiguresScreen, ProviderScreen } from '@tracking';
import { ActionsScreen, CalendarScreen, OfstedScreen, Reg44Screen, Reg45Screen } from '@improvement';

const AddHomeScreen = lazyScreen(() => import('./screens/AddHomeScreen'), 'AddHomeScreen');
const ReportsScreen = lazyScreen(() => import('./screens/ReportsScreen'), 'ReportsScreen');
const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen'), 'SettingsScreen');

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
        <Route path="/reviews" component={ReviewsListScreen} />
        <Route path="/reviews/indicators" component={CustomIndicatorsScreen} />
        <Route path="/reviews/compare" component={CompareReviewsScreen} />
        <Route path="/reviews/:id" component={ReviewOverviewScreen} />
        <Route path="/reviews/:id/domain/:domainKey" component={DomainStepScreen} />
        <Route path="/reviews/:id/summary" component={ReviewSummaryScreen} />
        <Route path="/actions" component={ActionsScreen} />
        <Route path="/actions/:preset" component={ActionsScreen} />
        <Route path="/inspections" component={Reg44Screen} />
        <Route path="/inspections/reg44" component={Reg44Screen} />
        <Route path="/inspections/reg45" component={Reg45Screen} />
        <Route path="/inspections/ofsted" component={OfstedScreen} />
        <Route path="/inspections/calendar" component={CalendarScreen} />
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
