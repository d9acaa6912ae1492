import '../review.css';
import { Link } from 'wouter';
import { quarterLabel, quarterOf } from '@contract/quarters';
import { useHome } from '@shared/currentHomeContext';
import { useReviews } from '@shared/api/useReviews';
import { describeProgress } from '../lib/progress';
import { reviewPaths } from '@shared/paths/reviewPaths';
import { ContinueReviewLink } from './ContinueReviewLink';
import { StartThisQuarterButton } from './StartThisQuarterButton';

/** The dashboard's way into the quarterly review: carry on with a draft, or start this quarter's. */
export function DashboardReviewCard() {
  const { home } = useHome();
  const reviews = useReviews(home.id);
  if (!reviews.data) return null;
  const draft = reviews.data.find((r) => r.status === 'draft');
  const current = quarterOf(new Date());
  const thisQuarter = reviews.data.find((r) => r.quarter === current);
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
      ) : reviews.data.length === 0 ? (
        <p>
          No reviews yet. Start your first quarterly self-assessment from{' '}
          <Link href={reviewPaths.list}>Reviews</Link>. Or start this quarter&apos;s review straight away:
        </p>
      ) : thisQuarter ? (
        <p>
          The review for {quarterLabel(current)} is completed.{' '}
          <Link href={reviewPaths.overview(thisQuarter.id)}>Look at the review</Link>
        </p>
      ) : (
        <p>The review for {quarterLabel(current)} has not been started yet.</p>
      )}
      {!thisQuarter && <StartThisQuarterButton homeId={home.id} quarter={current} />}
    </section>
  );
}
