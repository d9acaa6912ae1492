import type { ChangeEvent } from 'react';
import { useKeptDraft } from '@shared/app-lock/keptDrafts';
import { FormGroup } from './FormGroup';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  error?: string;
  rows?: number;
  labelClassName?: string;
}

/** A labelled, vertically resizable text box with an optional hint and its error beside it. */
export function TextArea({
  id,
  label,
  value,
  onChange,
  onBlur,
  hint,
  error,
  rows = 4,
  labelClassName,
}: Props) {
  // Kept across the app lock: what was typed here is back after the unlock.
  useKeptDraft(id, value, onChange);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      {(control) => (
        <textarea
          className={error ? 'textarea textarea--error' : 'textarea'}
          id={id}
          name={id}
          // Arabic, Hebrew or Urdu notes read and align right to left, English left to right.
          dir="auto"
          rows={rows}
          value={value}
          {...control}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </FormGroup>
  );
}
