import { useState } from 'react';
import { quarterLabel } from '@contract/rules/quarters';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useVoiceList } from '../api/voiceApi';

/**
 * Young people's written comments, for the manager alone: fetched only when asked for, never printed with
 * the results or shown in the team's views. Shown even below the threshold: a worrying comment must reach
 * an adult.
 */
export function ManagerComments({ homeId }: { homeId: number }) {
  const [open, setOpen] = useState(false);
  const comments = useVoiceList('voice.comments', homeId, open);
  return (
    <section aria-labelledby="voice-comments-heading">
      <h2 className="heading-m" id="voice-comments-heading">
        What young people wrote
      </h2>
      <p>
        For the registered manager only. If a comment suggests a child is unsafe, follow your safeguarding
        procedures now.
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide comments' : 'Show comments'}
      </button>
      {open &&
        (comments.data === undefined ? (
          <LoadingOrError error={comments.error} onRetry={() => comments.refetch()} />
        ) : comments.data.length === 0 ? (
          <p>No comments yet.</p>
        ) : (
          <ul className="voice-comments">
            {comments.data.map((c, i) => (
              <li key={i}>
                <span className="hint">
                  {quarterLabel(c.quarter)}, “{c.wording}”
                </span>
                <p className="voice-comments__text">{c.comment}</p>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
