import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { trackingKeys } from './trackingKeys';

/** Saves a quarter's figures; a refusal keeps the app's message per figure (ApiError.fields). */
export function useSaveMetrics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'metrics.save'>) => invoke('metrics.save', input),
    onSuccess: async (saved, { homeId }) => {
      queryClient.setQueryData(trackingKeys.metrics(homeId, saved.quarter), saved);
      await queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) });
    },
  });
}
