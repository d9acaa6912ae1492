import { useEffect, useRef } from 'react';
import { METRIC_FIELDS } from '@contract/metric-fields';
import { figureId } from './FigureField';

interface Props {
  warnings: Record<string, string>;
  /** Changes on every try, so the summary takes focus again. */
  attempt: number;
  pending: boolean;
  onSaveAnyway: () => void;
}

/** Figures that look unlikely: each links to its box; the manager corrects them or saves anyway. */
export function WarningSummary({ warnings, attempt, pending, onSaveAnyway }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [attempt]);
  const fields = METRIC_FIELDS.filter((f) => warnings[f.key]);
  return (
    <div className="warning-summary" ref={ref} tabIndex={-1} aria-labelledby="warning-summary-title">
      <h2 className="heading-m" id="warning-summary-title">
        Check {fields.length === 1 ? 'this figure' : 'these figures'}
      </h2>
      <ul className="list">
        {fields.map((f) => (
          <li key={f.key}>
            <a
              href={`#${figureId(f.key)}`}
              onClick={(e) => (e.preventDefault(), document.getElementById(figureId(f.key))?.focus())}
            >
              {warnings[f.key]}
            </a>
          </li>
        ))}
      </ul>
      <p>If the figures are right, save them anyway.</p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={pending || undefined}
        onClick={onSaveAnyway}
      >
        Save anyway
      </button>
    </div>
  );
}
