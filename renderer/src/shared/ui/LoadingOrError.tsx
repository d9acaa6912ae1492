import { messageOf } from '../api/ApiError';

/** For part of a screen: a quiet "loading" line, or what went wrong and a way to try again. */
export function LoadingOrError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (!error) {
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  }
  return (
    <div role="alert">
      <p>{messageOf(error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
