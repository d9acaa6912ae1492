import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import type { Reg45Draft } from '@contract/reg45-draft';
import { invoke } from '@shared/api/client';
import { useReview, useReviews } from '@review/api';
import { improvementKeys } from '@improvement/api';
import { trackingKeys } from '@tracking/api';

export const reg45DraftKey = (homeId: number, quarter: string) => ['reg45-draft', homeId, quarter] as const;

/** The registered person's part of the Reg 45 draft for the six months ending with `quarter`. */
export function useReg45Draft(homeId: number, quarter: string) {
  return useQuery({
    queryKey: reg45DraftKey(homeId, quarter),
    queryFn: () => invoke('reg45Draft.get', { homeId, quarter }),
  });
}

/** Saves the analysis and comments; the cached draft is replaced only by what the app committed. */
export function useSaveReg45Draft(homeId: number, quarter: string) {
  const queryClient = useQueryClient();
  return async (values: Pick<Reg45Draft, 'analysis' | 'standards'>) => {
    const saved = await invoke('reg45Draft.save', { homeId, quarter, ...values });
    queryClient.setQueryData(reg45DraftKey(homeId, quarter), saved);
  };
}

/** Signs the draft off, or withdraws the sign-off. */
export function useReg45SignOff(homeId: number, quarter: string) {
  const queryClient = useQueryClient();
  const done = async (draft: Reg45Draft) => {
    queryClient.setQueryData(reg45DraftKey(homeId, quarter), draft);
    // Signing off creates or completes the period's Reg 45 record: its list and the alerts change too.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: improvementKeys.reg45(homeId) }),
      queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) }),
    ]);
  };
  const sign = useMutation({
    mutationFn: (input: Omit<InputOf<'reg45Draft.sign'>, 'homeId' | 'quarter'>) =>
      invoke('reg45Draft.sign', { homeId, quarter, ...input }),
    onSuccess: done,
    // A refusal may come from Reg 45 periods changed since the draft was read: read it again, so the
    // warning about the period, and the box for a reason, are on screen beside the refusal.
    onError: () => queryClient.invalidateQueries({ queryKey: reg45DraftKey(homeId, quarter) }),
  });
  const unsign = useMutation({
    mutationFn: () => invoke('reg45Draft.unsign', { homeId, quarter }),
    onSuccess: done,
  });
  return { sign, unsign };
}

/**
 * The completed review of a period's first quarter, if there is one: null once the list of reviews shows
 * none (a skipped quarter), loading until then.
 */
export function useFirstReview(homeId: number, quarter: string) {
  const reviews = useReviews(homeId);
  const summary = reviews.data?.find((r) => r.quarter === quarter && r.status === 'completed');
  const review = useReview(summary?.id ?? 0);
  return {
    loading: reviews.isPending || (summary !== undefined && review.isPending),
    review: summary ? (review.data ?? null) : null,
  };
}
