import { Route, Switch } from 'wouter';
import { ActionsScreen } from './screens/ActionsScreen';
import { AddHomeScreen } from './screens/AddHomeScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { ReviewsScreen } from './screens/ReviewsScreen';
import { SettingsScreen } from './screens/SettingsScreen';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={DashboardScreen} />
      <Route path="/reviews" component={ReviewsScreen} />
      <Route path="/actions" component={ActionsScreen} />
      <Route path="/reports" component={ReportsScreen} />
      <Route path="/settings" component={SettingsScreen} />
      <Route path="/settings/add-home" component={AddHomeScreen} />
      <Route component={NotFoundScreen} />
    </Switch>
  );
}
