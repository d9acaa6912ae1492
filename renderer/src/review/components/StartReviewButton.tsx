import { useLocation } from 'wouter';
import { quarterLabel } from '@contract/rules/quarters';
import { messageOf } from '@shared/api/ApiError';
import { useCurrentFramework } from '@shared/api/useFramework';
import { useStartReview } from '../api/useStartReview';
import { reviewPaths } from '../lib/reviewPaths';
import { handler } from '@shared/lib/background';

/** Starts the review of the given quarter and opens its first domain. */
export function StartReviewButton({ homeId, quarter }: { homeId: number; quarter: string }) {
  const start = useStartReview(homeId);
  const framework = useCurrentFramework();
  const [, navigate] = useLocation();
  const first = framework.data?.domains[0];

  async function startReview() {
    if (start.isPending) return;
    try {
      const review = await start.mutateAsync(quarter);
      navigate(first ? reviewPaths.domain(review.id, first.key) : reviewPaths.overview(review.id));
    } catch {
      // The message is shown below the button.
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        aria-disabled={start.isPending || undefined}
        onClick={handler(startReview)}
      >
        Start the review for {quarterLabel(quarter)}
      </button>
      {start.isError && (
        <p className="error-message" role="alert">
          {messageOf(start.error)}
        </p>
      )}
    </>
  );
}
