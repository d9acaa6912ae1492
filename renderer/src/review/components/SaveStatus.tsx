import { messageOf } from '@shared/api/ApiError';
import type { SaveState } from '../autosave/saveQueue';

const WORDS: Record<SaveState, string> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved.',
};

/** One autosave's state, announced politely; on failure, the reason and a way to try again. */
export function SaveStatus({
  state,
  error,
  onRetry,
}: {
  state: SaveState;
  error: unknown;
  onRetry: () => void;
}) {
  return (
    <div className={`save-status save-status--${state}`}>
      <p className="save-status__text" role="status">
        {WORDS[state]}
        {state === 'error' && ` ${messageOf(error)}`}
      </p>
      {state === 'error' && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
