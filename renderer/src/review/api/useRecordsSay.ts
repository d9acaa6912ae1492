import { useQuery } from '@tanstack/react-query';
import type { DomainChanges } from '@contract/rules/quarter-changes';
import type { RecordFact } from '@contract/rules/records-say';
import { invoke } from '@shared/api/client';
import { reviewKeys } from './reviewKeys';

const NO_FACTS: RecordFact[] = [];
const NO_CHANGES: DomainChanges[] = [];

/**
 * "Your records say…" for a review: what the home's Reg 44 and Reg 45 records, figures, surveys, actions
 * and Ofsted requirements show about each indicator, and per domain what moved since last quarter. Read
 * again each time a domain opens, since those records change on other screens.
 */
export function useReviewRecords(reviewId: number): { facts: RecordFact[]; changes: DomainChanges[] } {
  const query = useQuery({
    queryKey: reviewKeys.records(reviewId),
    queryFn: () => invoke('reviews.records', { reviewId }),
    enabled: Number.isInteger(reviewId) && reviewId > 0,
    staleTime: 0,
  });
  return { facts: query.data?.facts ?? NO_FACTS, changes: query.data?.changes ?? NO_CHANGES };
}

export const useRecordsSay = (reviewId: number): RecordFact[] => useReviewRecords(reviewId).facts;
