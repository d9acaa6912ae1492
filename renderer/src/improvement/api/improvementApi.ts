import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OperationName, ResultOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { trackingKeys } from '@tracking/api';

/** Query keys for the action plan and inspection records; every save refreshes its list and the dashboard. */
export const improvementKeys = {
  all: ['improvement'] as const,
  today: () => [...improvementKeys.all, 'today'] as const,
  actions: (homeId: number) => [...improvementKeys.all, 'actions', homeId] as const,
  reg44: (homeId: number) => [...improvementKeys.all, 'reg44', homeId] as const,
  reg45: (homeId: number) => [...improvementKeys.all, 'reg45', homeId] as const,
  ofsted: (homeId: number) => [...improvementKeys.all, 'ofsted', homeId] as const,
  duties: (homeId: number) => [...improvementKeys.all, 'duties', homeId] as const,
  notifications: (homeId: number) => [...improvementKeys.all, 'notifications', homeId] as const,
};

type ListOperation =
  | 'actions.list'
  | 'reg44.overview'
  | 'reg45.records'
  | 'ofsted.overview'
  | 'duties.overview'
  | 'notifications.list';
const keyFor: Record<ListOperation, (homeId: number) => readonly unknown[]> = {
  'actions.list': improvementKeys.actions,
  'reg44.overview': improvementKeys.reg44,
  'reg45.records': improvementKeys.reg45,
  'ofsted.overview': improvementKeys.ofsted,
  'duties.overview': improvementKeys.duties,
  'notifications.list': improvementKeys.notifications,
};

export function useImprovementList<K extends ListOperation>(name: K, homeId: number) {
  return useQuery({
    queryKey: keyFor[name](homeId),
    queryFn: () => invoke(name, { homeId } as InputOf<K>),
  });
}

/** The home's date by the app's clock (not this computer's), for defaults and "in the past" notes. */
export function useToday() {
  return useQuery({
    queryKey: improvementKeys.today(),
    queryFn: () => invoke('app.today', {}),
    staleTime: 60_000,
  });
}

/**
 * A save: runs the operation, then refreshes the home's improvement lists (a Reg 44 recommendation
 * turned into an action changes both lists) and its dashboard alerts.
 */
export function useImprovementSave<K extends OperationName>(name: K, homeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>): Promise<ResultOf<K>> => invoke(name, input),
    onSuccess: async () => {
      await Promise.all([
        ...Object.values(keyFor).map((key) => queryClient.invalidateQueries({ queryKey: key(homeId) })),
        queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) }),
        queryClient.invalidateQueries({ queryKey: trackingKeys.provider() }),
        // The notifications log gives the quarterly Regulation 40 figure.
        queryClient.invalidateQueries({ queryKey: trackingKeys.all }),
      ]);
    },
  });
}
