import { useQuery } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { trackingKeys } from './trackingKeys';

/** The leading signs over the last four quarters, read after the first screen's data. */
export function useEarlyWarning(homeId: number) {
  return useQuery({
    queryKey: trackingKeys.earlyWarning(homeId),
    queryFn: () => invoke('dashboard.earlyWarning', { homeId }),
  });
}
