import { ApiError } from '@shared/api/ApiError';
import { useFramework } from '@shared/api/useFramework';
import { useReview } from './useReview';

const notFound = new ApiError({ code: 'not_found', message: 'That review could not be found.' });

/** A review and the framework version it was made with: what every review screen needs first. */
export function useReviewWithFramework(reviewId: number) {
  const review = useReview(reviewId);
  const framework = useFramework(review.data?.frameworkVersion);
  const valid = Number.isInteger(reviewId) && reviewId > 0;
  return {
    review: review.data,
    framework: framework.data,
    error: valid ? (review.error ?? framework.error) : notFound,
    retry: () => (review.error ? review.refetch() : framework.refetch()),
  };
}
