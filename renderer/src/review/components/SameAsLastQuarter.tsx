import type { Framework, Grade } from '@contract/framework';
import { formatIsoDate } from '@contract/rules/dates';
import { sameAsLastRefusal } from '@contract/rules/checked-same';
import type { IndicatorAnswer } from '@contract/review';
import { INDICATOR_KEYS } from '../lib/indicatorKeys';

interface Props {
  id: string;
  previous: IndicatorAnswer['previous'];
  ceiling: Grade | null;
  labels: Framework['ratingLabels'];
  /** Whether this quarter's answer is the confirmation (it stops being one when either is changed). */
  confirmed: boolean;
  /** The home's date it was confirmed, once saved. */
  checkedOn: string | null;
  onConfirm: () => void;
}

/**
 * "Same as last quarter, checked today": one action for an indicator whose grade and evidence still stand.
 * It is offered only where last quarter had a grade and a note and the records do not now point lower; it
 * is never applied by itself, and it says so once chosen.
 */
export function SameAsLastQuarter(props: Props) {
  const { id, previous, ceiling, labels, confirmed, checkedOn, onConfirm } = props;
  if (!previous) return null;
  if (confirmed && previous.rating !== null) {
    return (
      <p className="same-as-last same-as-last--done" id={id}>
        <strong>
          Same as last quarter ({labels[previous.rating]}), checked{' '}
          {checkedOn ? `on ${formatIsoDate(checkedOn)}` : 'today'}.
        </strong>{' '}
        Changing the rating or the note makes it this quarter&apos;s own answer.
      </p>
    );
  }
  const refusal = sameAsLastRefusal(previous, ceiling);
  if (refusal) {
    return (
      <p className="hint same-as-last" id={id}>
        {refusal}
      </p>
    );
  }
  return (
    <div className="same-as-last">
      <button
        type="button"
        id={id}
        className="button button--secondary"
        aria-keyshortcuts={INDICATOR_KEYS.same}
        aria-describedby={`${id}-hint`}
        onClick={onConfirm}
      >
        Same as last quarter, checked today
      </button>
      <p className="hint" id={`${id}-hint`}>
        Only if nothing has changed: keeps last quarter&apos;s rating ({labels[previous.rating!]}) and note,
        and records today&apos;s date in the review.
      </p>
    </div>
  );
}
