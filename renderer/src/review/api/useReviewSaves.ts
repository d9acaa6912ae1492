import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Grade, Rating, SccifArea } from '@contract/framework';
import { invoke } from '@shared/api/client';
import { patchDomain, patchIndicator, patchPosition, patchSummary } from './reviewCache';
import { reviewKeys } from './reviewKeys';
import { inBackground } from '@shared/lib/background';

export interface IndicatorValues {
  rating: Rating | null;
  note: string;
  sources: string[];
  otherSource: string;
  discuss: boolean;
  recordsReason: string;
  /** "Same as last quarter, checked today": the rating and note are last quarter's, confirmed. */
  checkedSame: boolean;
}

export interface DomainValues {
  judgement: Grade | null;
  rationale: string;
}

export interface SummaryValues {
  strengths: string;
  improvements: string;
  overall: Grade | null;
  staffRoomSummary: string;
}

/**
 * The writes behind autosave. Each resolves only once the app has committed the change, and only then is
 * the cached review updated, so nothing on screen claims to be saved before it is.
 */
export function useReviewSaves(reviewId: number) {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const listsChanged = () => inBackground(queryClient.invalidateQueries({ queryKey: reviewKeys.lists() }));
    return {
      async saveIndicator(indicatorKey: string, values: IndicatorValues) {
        const { checkedSameOn } = await invoke('reviews.saveIndicator', {
          reviewId,
          indicatorKey,
          ...values,
        });
        patchIndicator(queryClient, reviewId, indicatorKey, { ...values, checkedSameOn });
        listsChanged();
      },
      async saveDomain(domainKey: string, values: DomainValues) {
        await invoke('reviews.saveDomain', { reviewId, domainKey, ...values });
        patchDomain(queryClient, reviewId, domainKey, values);
      },
      async saveSummary(values: SummaryValues) {
        await invoke('reviews.saveSummary', { reviewId, ...values });
        patchSummary(queryClient, reviewId, values);
        listsChanged();
      },
      /** The server may move another judgement too (the limiting rules), so the review is fetched again. */
      async saveJudgement(area: SccifArea, judgement: Grade | null, reason: string) {
        await invoke('reviews.saveJudgement', { reviewId, area, judgement, reason });
        await queryClient.invalidateQueries({ queryKey: reviewKeys.detail(reviewId) });
        listsChanged();
      },
      async setPosition(domainKey: string, indicatorKey: string | null) {
        await invoke('reviews.setPosition', { reviewId, domainKey, indicatorKey });
        patchPosition(queryClient, reviewId, { domainKey, indicatorKey });
      },
    };
  }, [queryClient, reviewId]);
}
