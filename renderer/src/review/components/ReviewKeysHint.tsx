import type { Framework } from '@contract/framework';
import { INDICATOR_KEYS } from '../lib/indicatorKeys';

/** The indicator keys, shown once above the indicators so they can be found without a manual. */
export function ReviewKeysHint({ labels }: { labels: Framework['ratingLabels'] }) {
  return (
    <div className="review-keys" role="note" aria-labelledby="review-keys-title">
      <p className="heading-xs" id="review-keys-title">
        Keys for rating
      </p>
      <p className="review-keys__list">
        On an indicator, when you are not typing in a box: <kbd>4</kbd> {labels[4]}, <kbd>3</kbd> {labels[3]},{' '}
        <kbd>2</kbd> {labels[2]}, <kbd>1</kbd> {labels[1]}, <kbd>0</kbd> {labels[0]};{' '}
        <kbd>{INDICATOR_KEYS.note}</kbd> the evidence note; <kbd>{INDICATOR_KEYS.same}</kbd> same as last
        quarter, checked today; <kbd>{INDICATOR_KEYS.next}</kbd> next unrated indicator. Tab leaves a text
        box.
      </p>
    </div>
  );
}
