import { inBackground } from '@shared/lib/background';
import { Link } from 'wouter';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { PageHeading } from '@shared/ui/PageHeading';
import { reviewPaths } from '../lib/reviewPaths';

/** What a review screen shows before its data arrives, or when it cannot be had. */
export function ReviewLoadState({ error, onRetry }: { error: unknown; onRetry: () => Promise<unknown> }) {
  if (!error) {
    return (
      <p className="loading" role="status">
        Opening the review…
      </p>
    );
  }
  const missing = error instanceof ApiError && error.code === 'not_found';
  return (
    <>
      <PageHeading>{missing ? 'Review not found' : 'The review could not be opened'}</PageHeading>
      <p>{messageOf(error)}</p>
      {!missing && (
        <p>
          <button type="button" className="button" onClick={() => inBackground(onRetry())}>
            Try again
          </button>
        </p>
      )}
      <p>
        <Link href={reviewPaths.list}>Go to the list of reviews</Link>
      </p>
    </>
  );
}
