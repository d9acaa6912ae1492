import type { MouseEvent } from 'react';
import { Link } from 'wouter';
import type { ReviewDetail } from '@contract/review';
import { formatIsoDate } from '@shared/lib/dates';
import { focusSoon, requestFocus } from '../lib/focusRequest';
import { reviewPaths } from '@shared/paths/reviewPaths';

const REASON_FIELD = 'reopen-reason';

/**
 * Says the review is signed off and read-only, with a way to reopen it: the form further down the
 * overview, or, from any other screen, the overview with that form's first field focused.
 */
export function CompletedBanner({
  review,
  reopenHere = false,
}: {
  review: ReviewDetail;
  reopenHere?: boolean;
}) {
  const signedBy = review.signedByName
    ? ` by ${review.signedByName}${review.signedByRole ? ` (${review.signedByRole})` : ''}`
    : '';

  function goToForm(event: MouseEvent<HTMLAnchorElement>) {
    // A bare #id would be read as a route by the hash router.
    event.preventDefault();
    focusSoon(REASON_FIELD);
  }

  return (
    <section className="notice completed-banner" aria-labelledby="completed-banner-title">
      <h2 className="notice__title" id="completed-banner-title">
        Completed
      </h2>
      <p>
        Completed{review.signedOn ? ` on ${formatIsoDate(review.signedOn)}` : ''}
        {signedBy}. This review is read-only.{' '}
        {reopenHere ? (
          <a href={`#${REASON_FIELD}`} onClick={goToForm}>
            Reopen review
          </a>
        ) : (
          <Link href={reviewPaths.overview(review.id)} onClick={() => requestFocus(REASON_FIELD)}>
            Reopen review
          </Link>
        )}
      </p>
    </section>
  );
}
