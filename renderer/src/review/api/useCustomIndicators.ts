import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { customIndicatorKeys, reviewKeys } from './reviewKeys';

export function useCustomIndicators(homeId: number) {
  return useQuery({
    queryKey: customIndicatorKeys.list(homeId),
    queryFn: () => invoke('customIndicators.list', { homeId }),
  });
}

/** Adding one also adds it to the home's draft reviews, so their cached copies are out of date. */
export function useAddCustomIndicator(homeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { domainKey: string; statement: string }) =>
      invoke('customIndicators.add', { homeId, ...input }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customIndicatorKeys.list(homeId) }),
        queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
      ]);
    },
  });
}
