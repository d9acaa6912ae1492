import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { reviewKeys } from '@review/api';

export const meetingKeys = {
  all: ['meetings'] as const,
  round: (reviewId: number) => [...meetingKeys.all, 'round', reviewId] as const,
  sheet: (roundId: number) => [...meetingKeys.all, 'sheet', roundId] as const,
  held: (homeId: number) => [...meetingKeys.all, 'held', homeId] as const,
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

/** Ends rating for good: the spread shows from now on, and no more sheets are taken. */
export function useEndRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roundId: number) => invoke('teamRound.close', { roundId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
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

export function useMeeting(reviewId: number) {
  return useQuery({
    queryKey: [...meetingKeys.all, 'meeting', reviewId],
    queryFn: () => invoke('meeting.get', { reviewId }),
  });
}

type MeetingSave = 'meeting.saveAgenda' | 'meeting.agree' | 'meeting.record' | 'meeting.itemNote';

/** A change to the meeting; the answer is the whole meeting again, and the review it changed reloads. */
export function useMeetingSave<K extends MeetingSave>(name: K, reviewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<K>) => invoke(name, input),
    onSuccess: async (meeting) => {
      queryClient.setQueryData([...meetingKeys.all, 'meeting', reviewId], meeting);
      await queryClient.invalidateQueries({ queryKey: [...meetingKeys.all, 'held'] });
      await queryClient.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}

export function useSaveMeetingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'meeting.saveSettings'>) => invoke('meeting.saveSettings', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

/** The spread of the team's private ratings per domain and quarter, for the dashboard. */
export function useTeamAgreement(homeId: number) {
  return useQuery({
    queryKey: [...meetingKeys.all, 'agreement', homeId],
    queryFn: () => invoke('meeting.agreement', { homeId }),
  });
}

/** Each review of the home with the date its team meeting was held, or null while none is recorded. */
export function useMeetingsHeld(homeId: number) {
  return useQuery({
    queryKey: meetingKeys.held(homeId),
    queryFn: () => invoke('meeting.held', { homeId }),
  });
}
