import { useQuery } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { trackingKeys } from './trackingKeys';

/** One quarter's figures; null when none have been saved for it. */
export function useMetrics(homeId: number, quarter: string) {
  return useQuery({
    queryKey: trackingKeys.metrics(homeId, quarter),
    queryFn: () => invoke('metrics.get', { homeId, quarter }),
  });
}
