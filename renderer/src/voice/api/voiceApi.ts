import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OperationName, ResultOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { trackingKeys } from '@tracking/api';

type ListOperation =
  | 'voice.questions'
  | 'voice.results'
  | 'voice.comments'
  | 'voice.feedback'
  | 'voice.youSaid'
  | 'voice.triangulation';

/** Every voice list of one home sits under one key, so a save refreshes them all at once. */
export const voiceKeys = {
  home: (homeId: number) => ['voice', homeId] as const,
  list: (name: ListOperation, homeId: number, extra?: string) =>
    ['voice', homeId, name, extra ?? ''] as const,
};

export function useVoiceList<K extends ListOperation>(name: K, homeId: number, enabled = true) {
  return useQuery({
    queryKey: voiceKeys.list(name, homeId),
    queryFn: () => invoke(name, { homeId } as InputOf<K>),
    enabled,
  });
}

/** Views side by side for a quarter: the review's own quarter, or (without one) the newest review's. */
export function useTriangulation(homeId: number, quarter?: string) {
  return useQuery({
    queryKey: voiceKeys.list('voice.triangulation', homeId, quarter),
    queryFn: () => invoke('voice.triangulation', quarter ? { homeId, quarter } : { homeId }),
  });
}

/** A save that refreshes the home's voice lists and its dashboard. */
export function useVoiceSave<K extends OperationName>(name: K, homeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>): Promise<ResultOf<K>> => invoke(name, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: voiceKeys.home(homeId) }),
        queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) }),
      ]);
    },
  });
}
