// The form parts that forms across the features, settings and the locked modes share. A part only one
// feature uses lives in that feature (the action plan's ByNameField is in improvement/components).
import type { ReactNode } from 'react';

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
