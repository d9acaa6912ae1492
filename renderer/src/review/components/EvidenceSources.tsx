import { useState } from 'react';
import type { EvidenceSource } from '@contract/framework';
import { OtherSourcesField } from './OtherSourcesField';

interface Props {
  id: string;
  sources: EvidenceSource[];
  chosen: string[];
  other: string;
  onToggle: (key: string, checked: boolean) => void;
  onOtherChange: (text: string) => void;
  onOtherBlur: () => void;
}

/** Where the evidence comes from: tick boxes for the usual places, and words for anything else. */
export function EvidenceSources({ id, sources, chosen, other, onToggle, onOtherChange, onOtherBlur }: Props) {
  // Open at first if anything is recorded; after that, the person opens and closes it.
  const [startOpen] = useState(() => chosen.length > 0 || other.trim() !== '');
  const count = chosen.length + (other.trim() ? 1 : 0);
  return (
    <details className="sources" open={startOpen}>
      <summary className="disclosure__summary">
        Sources of evidence{count > 0 ? ` (${count} recorded)` : ''}
      </summary>
      <div className="sources__body">
        <fieldset className="sources__group">
          <legend className="visually-hidden">Sources of evidence</legend>
          <div className="sources__grid">
            {sources.map((source) => (
              <div className="checkbox" key={source.key}>
                <input
                  className="checkbox__input"
                  type="checkbox"
                  id={`${id}-${source.key}`}
                  checked={chosen.includes(source.key)}
                  onChange={(event) => onToggle(source.key, event.target.checked)}
                />
                <label className="checkbox__label" htmlFor={`${id}-${source.key}`}>
                  {source.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <OtherSourcesField id={id} value={other} onChange={onOtherChange} onBlur={onOtherBlur} />
      </div>
    </details>
  );
}
