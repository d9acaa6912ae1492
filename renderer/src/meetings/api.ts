import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';

export const meetingKeys = {
  all: ['meetings'] as const,
  round: (reviewId: number) => [...meetingKeys.all, 'round', reviewId] as const,
  sheet: (roundId: number) => [...meetingKeys.all, 'sheet', roundId] as const,
};

export function useTeamRound(reviewId: number) {
  return useQuery({
    queryKey: meetingKeys.round(reviewId),
    queryFn: () => invoke('teamRound.get', { reviewId }),
  });
}

export function useOpenRound(reviewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'teamRound.open'>) => invoke('teamRound.open', input),
    onSuccess: (round) => queryClient.setQueryData(meetingKeys.round(reviewId), round),
  });
}

/** The sheet to rate; `roundId` null while there is no round yet. */
export function useRatingSheet(roundId: number | null) {
  return useQuery({
    queryKey: meetingKeys.sheet(roundId ?? 0),
    queryFn: () => invoke('rating.sheet', { roundId: roundId ?? 0 }),
    enabled: roundId !== null,
  });
}

/** Saves one finished sheet; the counts on the meeting screens refresh, the sheet itself is never read back. */
export function useSubmitSheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'rating.submit'>) => invoke('rating.submit', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
