import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { trackingKeys } from './trackingKeys';

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'alerts.acknowledge'>) => invoke('alerts.acknowledge', input),
    onSuccess: async (_receipt, { homeId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) }),
        queryClient.invalidateQueries({ queryKey: trackingKeys.provider() }),
      ]);
    },
  });
}
