import type { ChangeEvent } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  width?: 'full' | 'medium' | 'short';
  inputMode?: 'text' | 'numeric';
  autoComplete?: string;
  spellCheck?: boolean;
}

/** A labelled text input with an optional hint and, when there is one, its error message beside it. */
export function TextField({ id, label, value, onChange, hint, error, width = 'full', ...rest }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        className={`input input--${width}${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        {...rest}
      />
    </div>
  );
}
