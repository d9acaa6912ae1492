import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '../../shared/api/client';
import { improvementKeys } from './improvementApi';
import { trackingKeys } from '@tracking/api';

export const staffKeys = {
  list: (homeId: number) => ['staff', homeId] as const,
};

/** The home's staff list: the Team screens edit it, action forms offer its current staff as owners. */
export function useStaff(homeId: number) {
  return useQuery({ queryKey: staffKeys.list(homeId), queryFn: () => invoke('staff.list', { homeId }) });
}

export function useSaveStaff(homeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'staff.save'>) => invoke('staff.save', input),
    onSuccess: async (list) => {
      queryClient.setQueryData(staffKeys.list(homeId), list);
      // Names, leaving dates and start dates change the calendar's deadlines and the dashboard's alerts.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: improvementKeys.duties(homeId) }),
        queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) }),
      ]);
    },
  });
}
