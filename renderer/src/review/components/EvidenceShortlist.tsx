import type { EvidenceSource } from '@contract/framework';
import { OtherSourcesField } from './OtherSourcesField';

interface Props {
  id: string;
  shortlist: EvidenceSource[];
  more: EvidenceSource[];
  chosen: string[];
  other: string;
  onToggle: (key: string, checked: boolean) => void;
  onOtherChange: (text: string) => void;
  onOtherBlur: () => void;
}

function Checkbox(props: {
  id: string;
  source: EvidenceSource;
  checked: boolean;
  onToggle: Props['onToggle'];
}) {
  const { id, source, checked, onToggle } = props;
  return (
    <div className="checkbox">
      <input
        className="checkbox__input"
        type="checkbox"
        id={`${id}-${source.key}`}
        checked={checked}
        onChange={(event) => onToggle(source.key, event.target.checked)}
      />
      <label className="checkbox__label" htmlFor={`${id}-${source.key}`}>
        {source.label}
      </label>
    </div>
  );
}

/**
 * Version 2 on: the likely sources for this domain as tick boxes, the rest under "More sources" (open when
 * one of them, or another source, is recorded), so the usual choice is one click.
 */
export function EvidenceShortlist({
  id,
  shortlist,
  more,
  chosen,
  other,
  onToggle,
  onOtherChange,
  onOtherBlur,
}: Props) {
  const moreChosen = more.some((s) => chosen.includes(s.key)) || other.trim() !== '';
  return (
    <fieldset className="sources sources__group">
      <legend className="label">Sources of evidence</legend>
      <div className="sources__grid">
        {shortlist.map((source) => (
          <Checkbox
            key={source.key}
            id={id}
            source={source}
            checked={chosen.includes(source.key)}
            onToggle={onToggle}
          />
        ))}
      </div>
      <details className="sources__more" open={moreChosen || undefined}>
        <summary className="disclosure__summary">More sources</summary>
        <div className="sources__body">
          <div className="sources__grid">
            {more.map((source) => (
              <Checkbox
                key={source.key}
                id={id}
                source={source}
                checked={chosen.includes(source.key)}
                onToggle={onToggle}
              />
            ))}
          </div>
          <OtherSourcesField id={id} value={other} onChange={onOtherChange} onBlur={onOtherBlur} />
        </div>
      </details>
    </fieldset>
  );
}
