import { useState } from 'react';
import { SelectField } from '@shared/ui/SelectField';
import { useHallmarks } from '../lib/useHallmarks';

/** Links feedback to indicators: choose one from the list, add it; each chosen one can be removed. */
export function LinkPicker({
  id,
  chosen,
  onChange,
  error,
}: {
  id: string;
  chosen: string[];
  onChange: (keys: string[]) => void;
  error?: string;
}) {
  const { domains, indicator } = useHallmarks();
  const [picked, setPicked] = useState('');
  const options = domains.flatMap((d) =>
    d.indicators
      .filter((i) => !chosen.includes(i.key))
      .map((i) => ({ value: i.key, label: `${d.number}. ${i.statement}` })),
  );
  return (
    <div className="voice-link-picker">
      <SelectField
        id={id}
        label="Indicators it concerns (optional)"
        value={picked}
        options={[{ value: '', label: 'Choose an indicator' }, ...options]}
        onChange={setPicked}
        error={error}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (picked === '') return;
          onChange([...chosen, picked]);
          setPicked('');
        }}
      >
        Link this indicator
      </button>
      {chosen.length > 0 && (
        <ul className="voice-linked">
          {chosen.map((key) => (
            <li key={key}>
              {indicator(key)}{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => onChange(chosen.filter((k) => k !== key))}
              >
                Remove<span className="visually-hidden"> {indicator(key)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
