import type { ReviewDetail } from '@contract/review';
import type { QuarterMetrics } from '@contract/tracking';
import type { ManagerStatus } from '@contract/metric-fields';

const STATUS_WORDS: Record<ManagerStatus, string> = {
  registered: 'registered manager',
  pending: 'manager in post, registration pending',
  none: 'no manager in post',
};

/**
 * Who managed the home in a review's quarter, and their status then: the manager who signed the review
 * off, and the status the quarter's figures record. Today's registered manager is not the manager of a
 * past quarter.
 */
export function managerThen(review: ReviewDetail, metrics: QuarterMetrics[], quarter: string): string {
  const status = metrics.find((m) => m.quarter === quarter)?.managerStatus ?? null;
  const signer =
    review.signedByName && /manager/i.test(review.signedByRole ?? '') ? review.signedByName : null;
  const name = signer ?? 'Name not recorded';
  return status
    ? `${name} (${STATUS_WORDS[status]})`
    : `${name} (status not recorded in the quarter's figures)`;
}
