import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../shared/api/client';
import { reviewKeys } from './reviewKeys';

/** The home's reviews, newest quarter first; not read while `enabled` is false. */
export function useReviews(homeId: number, enabled = true) {
  return useQuery({
    queryKey: reviewKeys.list(homeId),
    queryFn: () => invoke('reviews.list', { homeId }),
    enabled,
  });
}
