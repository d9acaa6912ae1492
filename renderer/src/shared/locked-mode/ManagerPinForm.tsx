import { useState, type FormEvent } from 'react';
import { setPinInput } from '@contract/locked-mode';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { checkWith, type FormProblems } from '@shared/lib/formProblems';
import { handler } from '@shared/lib/background';
import { PinField } from './PinField';
import { useSetPin } from './lockApi';

const EMPTY = { currentPin: '', newPin: '', again: '' };

/** Sets the manager's PIN, or changes it (which needs the current one). The PIN is checked by the app. */
export function ManagerPinForm({ isSet, onSaved }: { isSet: boolean; onSaved: (message: string) => void }) {
  const [text, setText] = useState(EMPTY);
  const form = useFormProblems('pin');
  const save = useSetPin();
  const field = (key: keyof typeof EMPTY) => (value: string) => setText({ ...text, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const input = { newPin: text.newPin, ...(isSet ? { currentPin: text.currentPin } : {}) };
    // The contract's own rules word the PIN's problems; the page adds what only it knows.
    const found: FormProblems = [];
    if (isSet && !text.currentPin) found.push({ field: 'currentPin', message: 'Enter the current PIN' });
    found.push(...checkWith(setPinInput, input).filter((p) => p.field !== 'currentPin'));
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
      setText({ ...text, currentPin: '' });
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="pin-form-heading">
      <h3 className="heading-m" id="pin-form-heading">
        {isSet ? 'Change the PIN' : 'Set a PIN'}
      </h3>
      <FormProblem message={form.general} />
      {isSet && (
        <PinField
          id="pin-currentPin"
          label="Current PIN"
          value={text.currentPin}
          onChange={field('currentPin')}
          error={form.errors.currentPin}
        />
      )}
      <PinField
        id="pin-newPin"
        label={isSet ? 'New PIN' : 'PIN'}
        hint="4 to 12 digits. Choose one others could not guess, not a birthday or 1234."
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
