import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PhoneRound } from '@contract/hub/phone-round';
import { invoke } from '@shared/api/client';
import { meetingKeys } from '../api';

const key = (roundId: number) => [...meetingKeys.all, 'phones', roundId] as const;
/** While staff rate, who has finished is asked of the hub this often. */
const REFRESH_MS = 3000;

// Each answers with a promise in the store; `await` unwraps it so the cache holds the value itself.
export function usePhoneRound(roundId: number | null) {
  return useQuery({
    queryKey: key(roundId ?? 0),
    queryFn: async (): Promise<PhoneRound> => await invoke('phoneRound.get', { roundId: roundId! }),
    enabled: roundId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'open' ? REFRESH_MS : false),
  });
}

export function useOpenPhoneRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (roundId: number): Promise<PhoneRound> => await invoke('phoneRound.open', { roundId }),
    onSuccess: async (value, roundId) => {
      queryClient.setQueryData(key(roundId), value);
      // The round now says it is on phones, and the screens stop offering a sheet here or from paper.
      await queryClient.invalidateQueries({ queryKey: [...meetingKeys.all, 'round'] });
    },
  });
}

export function useEndPhoneRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (roundId: number) => await invoke('phoneRound.end', { roundId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
