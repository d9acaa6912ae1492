import type { YouSaid } from '@contract/voice';
import { formatIsoDate } from '@contract/rules/dates';

/** The entries with what the home did: only these are shown, to anyone. */
export const youSaidDone = (entries: readonly YouSaid[]) => entries.filter((e) => e.weDid.trim() !== '');

/** "You said, we did", in the words written for the young people: on its page, at the end of the survey
 * and on the dashboard. */
export function YouSaidList({ entries, limit }: { entries: YouSaid[]; limit?: number }) {
  const shown = youSaidDone(entries).slice(0, limit);
  if (shown.length === 0) return <p>Nothing here yet.</p>;
  return (
    <ul className="you-said">
      {shown.map((e) => (
        <li key={e.id} className="you-said__item">
          <p className="you-said__said">
            <span className="you-said__label">You said</span> {e.suggestion}
          </p>
          <p className="you-said__did">
            <span className="you-said__label">We did</span> {e.weDid}
          </p>
          <p className="hint">
            Said on {formatIsoDate(e.suggestedOn)}
            {e.doneOn ? `, done on ${formatIsoDate(e.doneOn)}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
