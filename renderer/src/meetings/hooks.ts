import { useFramework } from '@shared/api/useFramework';
import { useReview } from '@review/api';

/** A review with its framework's domain titles, for the meeting screens. */
export function useReviewWithDomains(reviewId: number) {
  const review = useReview(reviewId);
  const framework = useFramework(review.data?.frameworkVersion);
  const present = new Set(review.data?.indicators.map((i) => i.domainKey) ?? []);
  const domains = (framework.data?.domains ?? [])
    .filter((d) => present.has(d.key))
    .map((d) => ({ key: d.key, number: d.number, title: d.title }));
  return {
    review: review.data,
    framework: framework.data,
    domains,
    error: review.error ?? framework.error,
    retry: () => Promise.all([review.refetch(), framework.refetch()]),
  };
}
