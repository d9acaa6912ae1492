import { useQuery } from '@tanstack/react-query';
import type { RecordFact } from '@contract/rules/records-say';
import { invoke } from '@shared/api/client';
import { reviewKeys } from './reviewKeys';

const NONE: RecordFact[] = [];

/**
 * "Your records say…" for a review: what the home's Reg 44 and Reg 45 records, figures, surveys, actions
 * and Ofsted requirements show about each indicator. Read again each time a domain opens, since those
 * records change on other screens.
 */
export function useRecordsSay(reviewId: number): RecordFact[] {
  const query = useQuery({
    queryKey: reviewKeys.records(reviewId),
    queryFn: () => invoke('reviews.records', { reviewId }),
    enabled: Number.isInteger(reviewId) && reviewId > 0,
    staleTime: 0,
  });
  return query.data?.facts ?? NONE;
}
