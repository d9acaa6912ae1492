import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { trackingKeys } from './trackingKeys';

/** Records the date a Reg 45 review was completed; resolves with every date recorded for the home. */
export function useRecordReg45() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'reg45.record'>) => invoke('reg45.record', input),
    onSuccess: async (_dates, { homeId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) }),
        queryClient.invalidateQueries({ queryKey: trackingKeys.provider() }),
      ]);
    },
  });
}
