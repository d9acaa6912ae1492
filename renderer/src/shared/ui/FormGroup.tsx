import type { ReactNode } from 'react';

export interface ControlProps {
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  labelClassName?: string;
  className?: string;
  /** Draws the control, given the attributes that tie it to the hint and the error. */
  children: (control: ControlProps) => ReactNode;
}

/** GOV.UK-style field: the label, an optional hint, the error beside the field, then the control. */
export function FormGroup({ id, label, hint, error, labelClassName, className, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const classes = ['form-group', error ? 'form-group--error' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label className={labelClassName ?? 'label'} htmlFor={id}>
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
      {children({
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
