import { Route, Switch } from 'wouter';
import { ActionsScreen } from './screens/ActionsScreen';
import { AddHomeScreen } from './screens/AddHomeScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { ReviewsScreen } from './screens/ReviewsScreen';
import { CustomIndicatorsScreen } from './review/screens/CustomIndicatorsScreen';
import { DomainStepScreen } from './review/screens/DomainStepScreen';
import { ReviewOverviewScreen } from './review/screens/ReviewOverviewScreen';
import { ReviewSummaryScreen } from './review/screens/ReviewSummaryScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { CompareReviewsScreen } from './tracking/screens/CompareReviewsScreen';
import { FiguresScreen } from './tracking/screens/FiguresScreen';
import { ProviderScreen } from './tracking/screens/ProviderScreen';

export function AppRoutes() {
  return (
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
  );
}
