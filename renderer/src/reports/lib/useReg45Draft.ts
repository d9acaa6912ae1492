import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import type { Reg45Draft } from '@contract/reg45-draft';
import { QUARTER_PATTERN } from '@contract/rules/quarters';
import { invoke } from '@shared/api/client';
import { useReview, useReviews } from '@review/api';
import { improvementKeys, useImprovementList } from '@improvement/api';
import { trackingKeys } from '@tracking/api';
import { draftPeriodInput, offeredDraftPeriod, type Reg45DraftPeriod } from './reg45DraftPeriod';

export const reg45DraftKey = (homeId: number, period: Reg45DraftPeriod) =>
  ['reg45-draft', homeId, period.quarter, period.firstMonth, period.lastMonth] as const;

/**
 * The period the draft for `quarter` is offered for, from the home's recorded Reg 45 periods: null until
 * they are read. A home with none, or a cycle of whole quarters, gets the two quarters as always.
 */
export function useOfferedDraftPeriod(homeId: number, quarter: string) {
  const records = useImprovementList('reg45.records', homeId);
  const period =
    records.data && QUARTER_PATTERN.test(quarter) ? offeredDraftPeriod(quarter, records.data) : null;
  return { ...records, period };
}

/** The registered person's part of the Reg 45 draft for `period`. */
export function useReg45Draft(homeId: number, period: Reg45DraftPeriod | null) {
  return useQuery({
    queryKey: period ? reg45DraftKey(homeId, period) : ['reg45-draft', homeId, 'waiting'],
    queryFn: () => invoke('reg45Draft.get', { homeId, ...draftPeriodInput(period!) }),
    enabled: period !== null,
  });
}

/** Saves the analysis and comments; the cached draft is replaced only by what the app committed. */
export function useSaveReg45Draft(homeId: number, period: Reg45DraftPeriod) {
  const queryClient = useQueryClient();
  return async (values: Pick<Reg45Draft, 'analysis' | 'standards'>) => {
    const saved = await invoke('reg45Draft.save', { homeId, ...draftPeriodInput(period), ...values });
    queryClient.setQueryData(reg45DraftKey(homeId, period), saved);
  };
}

/** Signs the draft off, or withdraws the sign-off. */
export function useReg45SignOff(homeId: number, period: Reg45DraftPeriod) {
  const queryClient = useQueryClient();
  const key = reg45DraftKey(homeId, period);
  const done = async (draft: Reg45Draft) => {
    queryClient.setQueryData(key, draft);
    // Signing off creates or completes the period's Reg 45 record: its list and the alerts change too.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: improvementKeys.reg45(homeId) }),
      queryClient.invalidateQueries({ queryKey: trackingKeys.dashboard(homeId) }),
    ]);
  };
  const sign = useMutation({
    mutationFn: (
      input: Omit<InputOf<'reg45Draft.sign'>, 'homeId' | 'quarter' | 'firstMonth' | 'lastMonth'>,
    ) => invoke('reg45Draft.sign', { homeId, ...draftPeriodInput(period), ...input }),
    onSuccess: done,
    // A refusal may come from Reg 45 periods changed since the draft was read: read it again, so the
    // warning about the period, and the box for a reason, are on screen beside the refusal.
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const unsign = useMutation({
    mutationFn: () => invoke('reg45Draft.unsign', { homeId, ...draftPeriodInput(period) }),
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
