import type { ReactNode } from 'react';
import { TextField } from '@shared/ui/TextField';

interface NameProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** "Your name", recorded with a status change or a note. */
export function ByNameField({ id, value, onChange, error }: NameProps) {
  return (
    <TextField
      id={id}
      label="Your name (optional)"
      value={value}
      onChange={onChange}
      error={error}
      width="medium"
      autoComplete="name"
    />
  );
}

/** A form's main button; presses while saving are ignored by the form, and the button says so. */
export function SubmitButton({ pending, children }: { pending?: boolean; children: ReactNode }) {
  return (
    <div className="button-group">
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {children}
      </button>
    </div>
  );
}

/** A problem of the whole form rather than one field, such as the app being unreachable. */
export function FormProblem({ message }: { message?: string }) {
  return message ? <p className="error-message">{message}</p> : null;
}
