import { useQuery } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { trackingKeys } from './trackingKeys';

/** Every home side by side, in name order. */
export function useProviderOverview() {
  return useQuery({
    queryKey: trackingKeys.provider(),
    queryFn: () => invoke('provider.overview', {}),
    staleTime: 0,
  });
}
