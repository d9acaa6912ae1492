import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HubStatus } from '@contract/hub/status';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';

export const hubKeys = { status: (homeId: number) => ['hub', 'status', homeId] as const };

// Connecting and sending answer with a promise in the store; `await` unwraps it here so the cache holds
// the status itself.
export function useHubStatus(homeId: number) {
  return useQuery({
    queryKey: hubKeys.status(homeId),
    queryFn: async (): Promise<HubStatus> => await invoke('hub.status', { homeId }),
  });
}

function useHubMutation<I>(homeId: number, run: (input: I) => Promise<HubStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (status) => queryClient.setQueryData(hubKeys.status(homeId), status),
  });
}

export const useConnectHub = (homeId: number) =>
  useHubMutation(homeId, async (input: InputOf<'hub.connect'>) => await invoke('hub.connect', input));

export const useSendToHub = (homeId: number) =>
  useHubMutation(homeId, async () => await invoke('hub.send', { homeId }));

export const useDisconnectHub = (homeId: number) =>
  useHubMutation(homeId, async () => await invoke('hub.disconnect', { homeId }));

export const usePublishNotes = (homeId: number) =>
  useHubMutation(homeId, async (on: boolean) => await invoke('hub.publishNotes', { homeId, on }));

export const useShareWith = (homeId: number) =>
  useHubMutation(
    homeId,
    async (localAuthority: string) => await invoke('hub.shareWith', { homeId, localAuthority }),
  );
