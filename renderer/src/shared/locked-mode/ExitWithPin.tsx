import { useEffect, useState, type FormEvent } from 'react';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { PinField } from './PinField';
import { useExitLock } from './lockApi';

// The contract names the field `pin`; the shared form model finds it at `${PREFIX}-pin`.
const PREFIX = 'locked-exit';
const FIELD = `${PREFIX}-pin`;

/** The manager types their PIN to leave locked mode; a wrong one says so beside the field. */
export function ExitWithPin({ onCancel }: { onCancel: () => void }) {
  const [pin, setPin] = useState('');
  const form = useFormProblems(PREFIX);
  const exit = useExitLock();
  useEffect(() => document.getElementById(FIELD)?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (exit.isPending) return;
    if (!pin) return form.show({ pin: 'Enter the manager’s PIN' });
    try {
      await exit.mutateAsync(pin);
    } catch (failure) {
      setPin('');
      // A wrong PIN, or a wait, is said beside the field, which takes the focus to try again.
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="locked-exit-heading">
      <h1 className="heading-xl" id="locked-exit-heading" tabIndex={-1}>
        Unlock Hallmarks
      </h1>
      <p>Only the manager can do this.</p>
      <FormProblem message={form.general} />
      <PinField id={FIELD} label="Manager’s PIN" value={pin} onChange={setPin} error={form.errors.pin} />
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
