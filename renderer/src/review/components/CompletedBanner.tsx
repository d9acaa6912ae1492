import { Link } from 'wouter';
import type { ReviewDetail } from '@contract/review';
import { formatIsoDate } from '@contract/rules/dates';
import { requestFocus } from '../lib/focusRequest';
import { reviewPaths } from '../lib/reviewPaths';
import { REOPEN_REASON_ID } from './ReopenReviewForm';

/**
 * Says the review is signed off and read-only. On the overview, reopening sits behind the "Reopen this
 * review" button after the results; from any other screen, "Reopen review" leads to the overview with
 * the reopen form open and its first field focused.
 */
export function CompletedBanner({
  review,
  onOverview = false,
}: {
  review: ReviewDetail;
  onOverview?: boolean;
}) {
  const signedBy = review.signedByName
    ? ` by ${review.signedByName}${review.signedByRole ? ` (${review.signedByRole})` : ''}`
    : '';
  return (
    <section className="notice completed-banner" aria-labelledby="completed-banner-title">
      <h2 className="notice__title" id="completed-banner-title">
        Completed
      </h2>
      <p>
        Completed{review.signedOn ? ` on ${formatIsoDate(review.signedOn)}` : ''}
        {signedBy}. This review is read-only.
        {!onOverview && (
          <>
            {' '}
            <Link href={reviewPaths.overview(review.id)} onClick={() => requestFocus(REOPEN_REASON_ID)}>
              Reopen review
            </Link>
          </>
        )}
      </p>
    </section>
  );
}
