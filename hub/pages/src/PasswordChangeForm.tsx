import { useState } from 'react';
import { hubApi } from './hubFetch';
import { PasswordField } from './PasswordField';
import { useHubForm } from './useHubForm';

/**
 * The password the person has, then the new one twice. The hub checks the copies match before it checks
 * the current password, and a wrong current password counts towards the five-tries lockout.
 */
export function PasswordChangeForm({
  currentLabel,
  submitLabel,
  onChanged,
}: {
  currentLabel: string;
  submitLabel: string;
  onChanged: () => void;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const form = useHubForm(async () => {
    await hubApi.changePassword({ currentPassword: current, newPassword: next, newPasswordAgain: again });
    // Only once it is saved: after a refusal what was typed stays, to be put right.
    setCurrent('');
    setNext('');
    setAgain('');
    onChanged();
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <PasswordField
        id="current-password"
        label={currentLabel}
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
      />
      <PasswordField
        id="new-password"
        label="New password"
        hint="At least 12 characters."
        value={next}
        onChange={setNext}
        autoComplete="new-password"
      />
      <PasswordField
        id="new-password-again"
        label="New password again"
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
      <button type="submit" className="button" disabled={form.pending}>
        {submitLabel}
      </button>
      {form.problem && (
        <p className="error-message" role="alert">
          {form.problem}
        </p>
      )}
    </form>
  );
}
