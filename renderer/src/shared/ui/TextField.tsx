import type { ChangeEvent } from 'react';
import { useKeptDraft } from '@shared/app-lock/keptDrafts';
import { FormGroup } from './FormGroup';

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
  /** The id of a <datalist> of suggestions; anything else may still be typed. */
  list?: string;
  maxLength?: number;
  onBlur?: () => void;
}

/** A labelled text input with an optional hint and, when there is one, its error message beside it. */
export function TextField({ id, label, value, onChange, hint, error, width = 'full', ...rest }: Props) {
  // Kept across the app lock: what was typed here is back after the unlock.
  useKeptDraft(id, value, onChange);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          className={`input input--${width}${error ? ' input--error' : ''}`}
          id={id}
          name={id}
          dir="auto"
          type="text"
          value={value}
          {...control}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          {...rest}
        />
      )}
    </FormGroup>
  );
}
