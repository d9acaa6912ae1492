import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { handler } from '@shared/lib/background';
import { PinField } from './PinField';
import { useExitLock } from './lockApi';

const FIELD = 'locked-exit-pin';
const focusField = () => document.getElementById(FIELD)?.focus();

/** The manager types their PIN to leave locked mode; a wrong one says so beside the field. */
export function ExitWithPin({ onCancel }: { onCancel: () => void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const exit = useExitLock();
  useEffect(focusField, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (exit.isPending) return;
    if (!pin) {
      setError('Enter the manager’s PIN');
      focusField();
      return;
    }
    try {
      await exit.mutateAsync(pin);
    } catch (failure) {
      setPin('');
      setError(failure instanceof ApiError ? (failure.fields.pin ?? failure.message) : messageOf(failure));
      focusField();
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="locked-exit-heading">
      <h1 className="heading-xl" id="locked-exit-heading" tabIndex={-1}>
        Unlock Hallmarks
      </h1>
      <p>Only the manager can do this.</p>
      <PinField id={FIELD} label="Manager’s PIN" value={pin} onChange={setPin} error={error} />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={exit.isPending || undefined}>
          Unlock
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
