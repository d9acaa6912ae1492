import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api/client';
import { trackingKeys } from './trackingKeys';

/**
 * Judgements over time, alerts, figures and Reg 45 dates for one home. Read afresh whenever a screen
 * opens (staleTime 0), because completing or reopening a review elsewhere changes it.
 */
export function useDashboard(homeId: number) {
  return useQuery({
    queryKey: trackingKeys.dashboard(homeId),
    queryFn: () => invoke('dashboard.get', { homeId }),
    staleTime: 0,
  });
}
