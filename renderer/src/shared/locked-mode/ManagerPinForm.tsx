import { useState } from 'react';
import { setPinInput } from '@contract/locked-mode';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { checkWith } from '@shared/lib/formProblems';
import { PinField } from './PinField';
import { useSetPin } from './lockApi';

const EMPTY = { currentPin: '', password: '', newPin: '', again: '' };

/** Sets the manager's PIN, or changes it (which needs the current one). The PIN is checked by the app. */
export function ManagerPinForm({ isSet, onSaved }: { isSet: boolean; onSaved: (message: string) => void }) {
  // A forgotten (or blocked) PIN is replaced with the manager's password instead of the current PIN.
  const [byPassword, setByPassword] = useState(false);
  const save = useSetPin();
  const form = useSaveForm({
    idPrefix: 'pin',
    initial: EMPTY,
    read: (text, check) => {
      const proof = byPassword ? { password: text.password } : { currentPin: text.currentPin };
      const input = { newPin: text.newPin, ...(isSet ? proof : {}) };
      if (isSet && !byPassword && !text.currentPin) check.found({ currentPin: 'Enter the current PIN' });
      if (isSet && byPassword && !text.password) check.found({ password: 'Enter the manager’s password' });
      // The contract's own rules word the PIN's problems; the page adds what only it knows.
      const found = checkWith(setPinInput, input).filter(
        (p) => p.field !== 'currentPin' && p.field !== 'password',
      );
      check.typedTwice(found, text, 'newPin', 'Type the same PIN again');
      return input;
    },
    save: (input) => save.mutateAsync(input),
    forgetOnFailure: ['currentPin', 'password'],
    onSaved: () => onSaved(isSet ? 'The manager’s PIN has been changed.' : 'The manager’s PIN has been set.'),
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="pin-form-heading">
      <h3 className="heading-m" id="pin-form-heading">
        {isSet ? 'Change the PIN' : 'Set a PIN'}
      </h3>
      <FormProblem message={form.general} />
      {isSet && !byPassword && <PinField label="Current PIN" {...form.bind('currentPin')} />}
      {isSet && byPassword && (
        <PinField kind="password" label="Manager’s password" {...form.bind('password')} />
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
        label={isSet ? 'New PIN' : 'PIN'}
        hint="6 to 12 digits. Choose one others could not guess: not a birthday, a run such as 123456 or one digit repeated."
        {...form.bind('newPin')}
      />
      <PinField label={isSet ? 'Type the new PIN again' : 'Type the PIN again'} {...form.bind('again')} />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          {isSet ? 'Change PIN' : 'Set PIN'}
        </button>
      </div>
    </form>
  );
}
