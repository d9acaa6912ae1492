import type { MetricField } from '../../../../contract/metric-fields';

interface Props {
  field: MetricField;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

export const figureId = (key: string) => `figure-${key}`;

/** One figure: a short box for a number, blank meaning "not recorded", with its error beside it. */
export function FigureField({ field, value, error, onChange }: Props) {
  const id = figureId(field.key);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error figure-field' : 'form-group figure-field'}>
      <label className="label" htmlFor={id}>
        {field.label}
      </label>
      {field.hint && (
        <p className="hint" id={hintId}>
          {field.hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        className={`input input--short${error ? ' input--error' : ''}`}
        id={id}
        name={field.key}
        type="text"
        inputMode={field.decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
