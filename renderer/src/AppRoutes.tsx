import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { appScreenPaths } from '@shared/paths/screenPaths';
import { LoadingLine } from '@shared/ui/LoadingLine';
import { DashboardScreen, ScreenRoutes } from './routeChunks';

/**
 * The dashboard, or the other screens' routes (ScreenRoutes). Both are chunks of their own, so the first
 * screen's JavaScript does not carry the table of every screen; main.tsx loads the one needed first.
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingLine />}>
      <Switch>
        <Route path={appScreenPaths.dashboard} component={DashboardScreen} />
        <Route component={ScreenRoutes} />
      </Switch>
    </Suspense>
  );
}
