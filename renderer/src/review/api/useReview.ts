import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../shared/api/client';
import { reviewKeys } from './reviewKeys';

/**
 * One review with every answer. The review screens keep what is being typed in their own state and patch
 * this cache only with what the app has confirmed, so a background refetch never overwrites typing.
 */
export function useReview(id: number) {
  return useQuery({
    queryKey: reviewKeys.detail(id),
    queryFn: () => invoke('reviews.get', { id }),
    enabled: Number.isInteger(id) && id > 0,
  });
}
