import { useEffect, useState, type FormEvent } from 'react';
import type { InputOf } from '@contract/operations';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { PinField } from './PinField';
import { useExitLock } from './lockApi';

// The contract names the fields `pin` and `password`; the shared form model finds them at `${PREFIX}-…`.
const PREFIX = 'locked-exit';

type Way = 'pin' | 'password';

/**
 * The manager types their PIN to leave locked mode; a wrong one says so beside the field. After too many
 * wrong PINs only the manager's password unlocks, so the form offers it as the other way in.
 */
export function ExitWithPin({ onCancel }: { onCancel: () => void }) {
  const [way, setWay] = useState<Way>('pin');
  const [typed, setTyped] = useState('');
  const form = useFormProblems(PREFIX);
  const exit = useExitLock();
  useEffect(() => document.getElementById(`${PREFIX}-${way}`)?.focus(), [way]);

  function switchTo(next: Way) {
    setWay(next);
    setTyped('');
    form.clear();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (exit.isPending) return;
    if (!typed) {
      return form.show({ [way]: way === 'pin' ? 'Enter the manager’s PIN' : 'Enter the manager’s password' });
    }
    const input: InputOf<'lock.exit'> = way === 'pin' ? { pin: typed } : { password: typed };
    try {
      await exit.mutateAsync(input);
    } catch (failure) {
      setTyped('');
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
      {way === 'pin' ? (
        <PinField
          id={`${PREFIX}-pin`}
          label="Manager’s PIN"
          value={typed}
          onChange={setTyped}
          error={form.errors.pin}
        />
      ) : (
        <PinField
          kind="password"
          id={`${PREFIX}-password`}
          label="Manager’s password"
          value={typed}
          onChange={setTyped}
          error={form.errors.password}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={exit.isPending || undefined}>
          Unlock
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => switchTo(way === 'pin' ? 'password' : 'pin')}
        >
          {way === 'pin' ? 'Use the password instead' : 'Use the PIN instead'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
