import type { Framework } from '@contract/framework';
import { quarterLabel } from '@contract/rules/quarters';
import type { IndicatorAnswer } from '@contract/review';

interface Props {
  previous: IndicatorAnswer['previous'];
  /** The quarter of the home's last completed review, if there is one. */
  previousQuarter: string | null;
  labels: Framework['ratingLabels'];
  /** Offered only when there is a note to copy. */
  onUseNote?: () => void;
}

/** Last quarter's answer to the same indicator, to build on rather than start again. */
export function PreviousAnswer({ previous, previousQuarter, labels, onUseNote }: Props) {
  if (!previous) {
    if (!previousQuarter) return null;
    return (
      <p className="previous previous--none">
        This indicator was not in the review for {quarterLabel(previousQuarter)}.
      </p>
    );
  }
  return (
    <div className="previous">
      <p className="previous__title">
        Last quarter ({quarterLabel(previous.quarter)}):{' '}
        <strong>{previous.rating === null ? 'Not rated' : labels[previous.rating]}</strong>
      </p>
      {previous.note ? (
        <p className="previous__note">{previous.note}</p>
      ) : (
        <p className="previous__note">No evidence note.</p>
      )}
      {previous.note && onUseNote && (
        <button type="button" className="button button--secondary button--small" onClick={onUseNote}>
          Use last quarter&apos;s note
        </button>
      )}
    </div>
  );
}
