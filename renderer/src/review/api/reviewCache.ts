import type { QueryClient } from '@tanstack/react-query';
import type { DomainAnswer, IndicatorAnswer, ReviewDetail } from '@contract/review';
import { reviewKeys } from './reviewKeys';

type IndicatorChange = Pick<
  IndicatorAnswer,
  'rating' | 'note' | 'sources' | 'otherSource' | 'discuss' | 'checkedSameOn'
>;
type DomainChange = Pick<DomainAnswer, 'judgement' | 'rationale'>;
type SummaryChange = Pick<ReviewDetail, 'strengths' | 'improvements' | 'overall' | 'staffRoomSummary'>;

function patch(queryClient: QueryClient, reviewId: number, update: (review: ReviewDetail) => ReviewDetail) {
  queryClient.setQueryData<ReviewDetail>(reviewKeys.detail(reviewId), (review) =>
    review ? update(review) : review,
  );
}

/**
 * Writes a confirmed save into the cached review, so every screen shows it without fetching again: the
 * answer, the count of rated indicators, and the place the manager is working (the save recorded it).
 */
export function patchIndicator(
  queryClient: QueryClient,
  reviewId: number,
  key: string,
  change: IndicatorChange,
) {
  patch(queryClient, reviewId, (review) => {
    const indicators = review.indicators.map((i) => (i.key === key ? { ...i, ...change } : i));
    const domainKey = indicators.find((i) => i.key === key)?.domainKey;
    return {
      ...review,
      indicators,
      rated: indicators.filter((i) => i.rating !== null).length,
      position: domainKey ? { domainKey, indicatorKey: key } : review.position,
    };
  });
}

export function patchDomain(queryClient: QueryClient, reviewId: number, key: string, change: DomainChange) {
  patch(queryClient, reviewId, (review) => ({
    ...review,
    domains: review.domains.map((d) => (d.key === key ? { ...d, ...change } : d)),
  }));
}

export function patchSummary(queryClient: QueryClient, reviewId: number, change: SummaryChange) {
  patch(queryClient, reviewId, (review) => ({ ...review, ...change }));
}

export function patchPosition(
  queryClient: QueryClient,
  reviewId: number,
  position: ReviewDetail['position'],
) {
  patch(queryClient, reviewId, (review) => ({ ...review, position }));
}
