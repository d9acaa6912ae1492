import { Link } from 'wouter';
import { addQuarters, quarterDates, quarterLabel } from '@contract/rules/quarters';
import { useReviews } from '../api/useReviews';
import { addDays, formatIsoDate } from '@contract/rules/dates';
import { trackingPaths } from '@tracking/api';
import { reportPath } from '@contract/reports';
import { AddActionForm } from '@improvement/api';

/** The dashboard calls a quarter's review overdue this many days after the quarter ends. */
const REVIEW_GRACE_DAYS = 30;

/** After the latest review is signed off: what to do next, and when the next review is due. */
export function WhatNextPanel({ review }: { review: { id: number; homeId: number; quarter: string } }) {
  const reviews = useReviews(review.homeId).data;
  const next = addQuarters(review.quarter, 1);
  // Only for the home's latest review: an older one's "next review" has already happened.
  if (!reviews || reviews.some((r) => r.quarter > review.quarter)) return null;
  const due = addDays(quarterDates(next).end, REVIEW_GRACE_DAYS);
  return (
    <section className="card what-next" aria-labelledby="what-next-title">
      <h2 className="heading-m" id="what-next-title">
        What next
      </h2>
      <ol className="what-next__steps">
        <li>
          <Link href={trackingPaths.figuresFor(review.quarter)}>
            Enter {quarterLabel(review.quarter)}’s figures
          </Link>{' '}
          (staffing, education, missing from care and more), if you have not already.
        </li>
        <li>
          Add the actions this review points to, each with an owner and a due date.
          <AddActionForm
            homeId={review.homeId}
            link={null}
            source="review"
            origin={{ kind: 'review', id: review.id }}
            context={`the ${quarterLabel(review.quarter)} review`}
          />
        </li>
        <li>
          Share it with the team: print the{' '}
          {/* The one-page summary, not this screen with the app's header, navigation and buttons. */}
          <Link href={reportPath('staff-room', review.homeId, review.quarter)}>
            staff-room page for {quarterLabel(review.quarter)}
          </Link>
          .
        </li>
        <li>
          The next review, for {quarterLabel(next)}, is due by <strong>{formatIsoDate(due)}</strong>.
        </li>
      </ol>
    </section>
  );
}
