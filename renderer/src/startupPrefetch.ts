import type { QueryClient } from '@tanstack/react-query';
import type { StartupData } from '@contract/operations';
import { lockKeys } from '@shared/locked-mode/lockApi';
import { trackingKeys } from '@tracking/shell';
import { appInfoKeys } from '@shared/api/appInfo';
import { homeKeys } from '@shared/api/homes';

/**
 * Seeds the screens' own queries with the start-up read. Without it start-up is a chain: render, read the
 * lock status, render again, read the app's state, render again, then read the dashboard.
 */
export async function seedStartupData(
  queryClient: QueryClient,
  data: Promise<StartupData | null>,
): Promise<void> {
  const start = await data;
  if (!start) return;
  // The app is not locked: app.start is refused while it is (its whileLocked rule is 'refused'), and a
  // refused start-up read gives null, leaving App to read the lock status itself.
  queryClient.setQueryData(lockKeys.status, null);
  queryClient.setQueryData(appInfoKeys.all, start.info);
  queryClient.setQueryData(homeKeys.list(), start.homes);
  if (start.dashboard)
    queryClient.setQueryData(trackingKeys.dashboard(start.dashboard.homeId), start.dashboard);
}
