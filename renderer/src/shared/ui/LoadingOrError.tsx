import { messageOf } from '../api/ApiError';
import { inBackground } from '../lib/background';
import { LoadingLine } from './LoadingLine';

/** For part of a screen: a quiet "loading" line, or what went wrong and a way to try again. */
export function LoadingOrError({ error, onRetry }: { error: unknown; onRetry: () => Promise<unknown> }) {
  if (!error) return <LoadingLine />;
  return (
    <div role="alert">
      <p>{messageOf(error)}</p>
      <button type="button" className="button button--secondary" onClick={() => inBackground(onRetry())}>
        Try again
      </button>
    </div>
  );
}
