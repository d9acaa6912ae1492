import { useQuery } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { trackingKeys } from './trackingKeys';

export const dashboardQuery = (homeId: number) => ({
  queryKey: trackingKeys.dashboard(homeId),
  queryFn: () => invoke('dashboard.get', { homeId }),
  // Fresh for a moment only: what the start-up prefetch just read counts, but completing or reopening a
  // review elsewhere is seen as soon as the dashboard opens again.
  staleTime: 2_000,
});

/** Judgements over time, alerts, figures and Reg 45 dates for one home. */
export function useDashboard(homeId: number) {
  return useQuery(dashboardQuery(homeId));
}
