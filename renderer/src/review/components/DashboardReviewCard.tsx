import '../review.css';
import { Link } from 'wouter';
import { quarterDates, quarterLabel, quarterOf } from '@contract/rules/quarters';
import { formatIsoDate } from '@contract/rules/dates';
import { useHome } from '@shared/currentHomeContext';
import { useReviews } from '../api/useReviews';
import { describeProgress } from '../lib/progress';
import { defaultStartQuarter } from '../lib/quarterOptions';
import { reviewPaths } from '../lib/reviewPaths';
import { ContinueReviewLink } from './ContinueReviewLink';
import { StartReviewButton } from './StartReviewButton';

/**
 * The dashboard's way into the quarterly review: carry on with a draft, or start the review of the quarter
 * just ended (or the next one without a review). A quarter that has not ended is started only
 * deliberately, from Reviews, so the dashboard never offers it.
 */
export function DashboardReviewCard() {
  const { home } = useHome();
  const reviews = useReviews(home.id);
  if (!reviews.data) return null;
  const draft = reviews.data.find((r) => r.status === 'draft');
  const current = quarterOf(new Date());
  const next = defaultStartQuarter(
    reviews.data.map((r) => r.quarter),
    new Date(),
  );
  const latest = [...reviews.data].sort((a, b) => b.quarter.localeCompare(a.quarter))[0];
  const offer = next === current ? null : next;
  return (
    <section className="card review-card" aria-labelledby="review-card-title">
      <h2 className="heading-m" id="review-card-title">
        Quarterly reviews
      </h2>
      {draft ? (
        <p>
          <ContinueReviewLink reviewId={draft.id}>
            Continue your review for {quarterLabel(draft.quarter)}
          </ContinueReviewLink>
          {' — '}
          {describeProgress(draft)}
        </p>
      ) : !latest ? (
        <p>
          No reviews yet. Start your first quarterly self-assessment from{' '}
          <Link href={reviewPaths.list}>Reviews</Link>. A review looks back over a quarter that has ended, so
          you can start the one for {quarterLabel(next)} straight away:
        </p>
      ) : offer ? (
        <p>The review for {quarterLabel(offer)} has not been started yet.</p>
      ) : (
        <p>
          The review for {quarterLabel(latest.quarter)} is completed.{' '}
          <Link href={reviewPaths.overview(latest.id)}>Look at the review</Link>. The next one, for{' '}
          {quarterLabel(current)}, can start when that quarter ends on{' '}
          {formatIsoDate(quarterDates(current).end)}.
        </p>
      )}
      {!draft && offer && <StartReviewButton homeId={home.id} quarter={offer} />}
    </section>
  );
}
