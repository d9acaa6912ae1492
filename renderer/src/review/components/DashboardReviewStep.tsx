import { Link } from 'wouter';
import type { DashboardData } from '@contract/dashboard';
import { quarterLabel } from '@contract/rules/quarters';
import { useHome } from '@shared/currentHomeContext';
import { useReviews } from '../api/useReviews';
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
  // The reviews list, not the dashboard's copy: starting a review and each rating refresh it at once.
  const reviews = useReviews(home.id).data;
  if (!reviews) return null;
  const { quarter } = data.position.review;
  const label = quarterLabel(quarter);
  const draft = reviews.find((r) => r.status === 'draft');
  if (draft)
    return (
      <>
        <ContinueReviewLink reviewId={draft.id}>
          Continue your review for {quarterLabel(draft.quarter)}
        </ContinueReviewLink>
        {` — ${describeProgress(draft)}`}
      </>
    );
  if (reviews.some((r) => r.quarter === quarter && r.status === 'completed')) return <>{label} completed</>;
  return (
    <>
      <p>
        {reviews.length === 0 ? (
          <>
            No reviews yet. Start your first quarterly self-assessment from{' '}
            <Link href={reviewPaths.list}>Reviews</Link>, or straight away:
          </>
        ) : (
          `${label} not started yet.`
        )}
      </p>
      <StartReviewButton homeId={home.id} quarter={quarter} />
    </>
  );
}
