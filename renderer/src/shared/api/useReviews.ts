import { useQuery } from '@tanstack/react-query';
import { invoke } from './client';
import { reviewKeys } from './reviewKeys';

/** The home's reviews, newest quarter first. */
export function useReviews(homeId: number) {
  return useQuery({ queryKey: reviewKeys.list(homeId), queryFn: () => invoke('reviews.list', { homeId }) });
}
