import type { QueryClient } from '@tanstack/react-query';
import { dashboardQuery } from '../tracking/api/useDashboard';
import { appInfoQuery } from './appInfo';
import { homesQuery } from './homes';

/**
 * Starts reading what the first screen needs before React renders, and the dashboard's data as soon as
 * the current home is known, instead of one request waiting on the render after another.
 */
export function prefetchStartupData(queryClient: QueryClient, route: string): void {
  void queryClient.prefetchQuery(homesQuery);
  void queryClient
    .fetchQuery(appInfoQuery)
    .then((info) => {
      const onDashboard = route === '' || route === '#' || route === '#/';
      if (onDashboard && info.currentHomeId !== null) {
        return queryClient.prefetchQuery(dashboardQuery(info.currentHomeId));
      }
    })
    // The screens' own queries report any failure; a prefetch stays quiet.
    .catch(() => undefined);
}
