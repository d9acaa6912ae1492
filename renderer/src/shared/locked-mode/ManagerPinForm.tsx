import { useState, type FormEvent } from 'react';
import { setPinInput } from '@contract/locked-mode';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { checkWith, type FormProblems } from '@shared/lib/formProblems';
import { handler } from '@shared/lib/background';
import { PinField } from './PinField';
import { useSetPin } from './lockApi';

const EMPTY = { currentPin: '', password: '', newPin: '', again: '' };

/** Sets the manager's PIN, or changes it (which needs the current one). The PIN is checked by the app. */
export function ManagerPinForm({ isSet, onSaved }: { isSet: boolean; onSaved: (message: string) => void }) {
  const [text, setText] = useState(EMPTY);
  // A forgotten (or blocked) PIN is replaced with the manager's password instead of the current PIN.
  const [byPassword, setByPassword] = useState(false);
  const form = useFormProblems('pin');
  const save = useSetPin();
  const field = (key: keyof typeof EMPTY) => (value: string) => setText({ ...text, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const proof = byPassword ? { password: text.password } : { currentPin: text.currentPin };
    const input = { newPin: text.newPin, ...(isSet ? proof : {}) };
    // The contract's own rules word the PIN's problems; the page adds what only it knows.
    const found: FormProblems = [];
    if (isSet && !byPassword && !text.currentPin) {
      found.push({ field: 'currentPin', message: 'Enter the current PIN' });
    }
    if (isSet && byPassword && !text.password) {
      found.push({ field: 'password', message: 'Enter the manager’s password' });
    }
    found.push(
      ...checkWith(setPinInput, input).filter((p) => p.field !== 'currentPin' && p.field !== 'password'),
    );
    if (!found.some((p) => p.field === 'newPin') && text.again !== text.newPin) {
      found.push({ field: 'again', message: 'Type the same PIN again' });
    }
    if (found.length > 0) return form.fail(found);
    try {
      await save.mutateAsync(input);
      setText(EMPTY);
      form.clear();
      onSaved(isSet ? 'The manager’s PIN has been changed.' : 'The manager’s PIN has been set.');
    } catch (failure) {
      setText({ ...text, currentPin: '', password: '' });
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="pin-form-heading">
      <h3 className="heading-m" id="pin-form-heading">
        {isSet ? 'Change the PIN' : 'Set a PIN'}
      </h3>
      <FormProblem message={form.general} />
      {isSet && !byPassword && (
        <PinField
          id="pin-currentPin"
          label="Current PIN"
          value={text.currentPin}
          onChange={field('currentPin')}
          error={form.errors.currentPin}
        />
      )}
      {isSet && byPassword && (
        <PinField
          kind="password"
          id="pin-password"
          label="Manager’s password"
          value={text.password}
          onChange={field('password')}
          error={form.errors.password}
        />
      )}
      {isSet && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setByPassword(!byPassword)}
          >
            {byPassword ? 'Use the current PIN instead' : 'Forgotten the PIN? Use the password'}
          </button>
        </p>
      )}
      <PinField
        id="pin-newPin"
        label={isSet ? 'New PIN' : 'PIN'}
        hint="6 to 12 digits. Choose one others could not guess: not a birthday, a run such as 123456 or one digit repeated."
        value={text.newPin}
        onChange={field('newPin')}
        error={form.errors.newPin}
      />
      <PinField
        id="pin-again"
        label={isSet ? 'Type the new PIN again' : 'Type the PIN again'}
        value={text.again}
        onChange={field('again')}
        error={form.errors.again}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {isSet ? 'Change PIN' : 'Set PIN'}
        </button>
      </div>
    </form>
  );
}
