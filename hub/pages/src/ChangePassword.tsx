import { useState } from 'react';
import { hubApi } from './hubFetch';
import { PasswordField } from './PasswordField';
import { useHubForm } from './useHubForm';

/** After a reset: the temporary password signs the person in only to choose their own, here. */
export function ChangePassword({ onChanged }: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const form = useHubForm(async () => {
    try {
      await hubApi.changePassword(current, next);
      onChanged();
    } finally {
      setCurrent('');
      setNext('');
    }
  });
  return (
    <>
      <h1 className="heading-xl">Choose a new password</h1>
      <p>Your provider admin reset your password. Choose your own before you go on.</p>
      <form onSubmit={form.onSubmit} noValidate>
        <PasswordField
          id="current-password"
          label="Temporary password"
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
        <button type="submit" className="button" disabled={form.pending}>
          Save my new password
        </button>
        {form.problem && (
          <p className="error-message" role="alert">
            {form.problem}
          </p>
        )}
      </form>
    </>
  );
}
