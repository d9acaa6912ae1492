import type { EvidenceSource } from '@contract/framework';
import { INDICATOR_KEYS } from '../lib/indicatorKeys';

interface Props {
  /** The sources chosen for the last indicator with any, or null when there is none yet. */
  lastSources: string[] | null;
  sources: EvidenceSource[];
  onUseLast: () => void;
  onNext: () => void;
}

/** Straight after the rating: reuse the last indicator's sources, and move on to the next unrated one. */
export function IndicatorShortcuts({ lastSources, sources, onUseLast, onNext }: Props) {
  const names = (lastSources ?? []).map((key) => sources.find((s) => s.key === key)?.label ?? key);
  return (
    <div className="indicator__shortcuts">
      {names.length > 0 && (
        <button type="button" className="button button--secondary indicator__same" onClick={onUseLast}>
          Same sources as the last indicator{' '}
          <span className="indicator__same-names">({names.join(', ')})</span>
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        aria-keyshortcuts={INDICATOR_KEYS.next}
        onClick={onNext}
      >
        Next unrated indicator
      </button>
    </div>
  );
}
