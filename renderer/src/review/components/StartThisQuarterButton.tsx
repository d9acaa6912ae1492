import { useLocation } from 'wouter';
import { messageOf } from '@shared/api/ApiError';
import { useCurrentFramework } from '@shared/api/useFramework';
import { useStartReview } from '../api/useStartReview';
import { reviewPaths } from '@shared/paths/reviewPaths';
import { handler } from '@shared/lib/background';

/** Starts the current quarter's review and opens its first domain. */
export function StartThisQuarterButton({ homeId, quarter }: { homeId: number; quarter: string }) {
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
        Start this quarter&apos;s review
      </button>
      {start.isError && (
        <p className="error-message" role="alert">
          {messageOf(start.error)}
        </p>
      )}
    </>
  );
}
