import { Link } from 'wouter';
import type { DashboardData } from '@contract/dashboard';
import { quarterLabel } from '@contract/rules/quarters';
import { useHome } from '@shared/currentHomeContext';
import { describeProgress } from '../lib/progress';
import { reviewPaths } from '../lib/reviewPaths';
import { ContinueReviewLink } from './ContinueReviewLink';
import { StartReviewButton } from './StartReviewButton';

/**
 * The dashboard's "Quarterly review" step: carry on with a draft, or start the review of the quarter just
 * ended (a review looks back, so a quarter still running is started only deliberately, from Reviews).
 */
export function DashboardReviewStep({ data }: { data: DashboardData }) {
  const { home } = useHome();
  const { review } = data.position;
  const label = quarterLabel(review.quarter);
  if (data.draft)
    return (
      <>
        <ContinueReviewLink reviewId={data.draft.id}>
          Continue your review for {quarterLabel(data.draft.quarter)}
        </ContinueReviewLink>
        {` — ${describeProgress(data.draft)}`}
      </>
    );
  if (review.status === 'completed') return <>{label} completed</>;
  return (
    <>
      <p>
        {data.history.length === 0 ? (
          <>
            No reviews yet. Start your first quarterly self-assessment from{' '}
            <Link href={reviewPaths.list}>Reviews</Link>, or straight away:
          </>
        ) : (
          `${label} not started yet.`
        )}
      </p>
      <StartReviewButton homeId={home.id} quarter={review.quarter} />
    </>
  );
}
