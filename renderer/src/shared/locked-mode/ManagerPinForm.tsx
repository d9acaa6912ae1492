import { useState, type FormEvent } from 'react';
import { PIN_PATTERN } from '@contract/locked-mode';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { handler } from '@shared/lib/background';
import { PinField } from './PinField';
import { useSetPin } from './lockApi';

const EMPTY = { currentPin: '', newPin: '', again: '' };

/** Sets the manager's PIN, or changes it (which needs the current one). The PIN is checked by the app. */
export function ManagerPinForm({ isSet, onSaved }: { isSet: boolean; onSaved: (message: string) => void }) {
  const [text, setText] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSetPin();
  const field = (key: keyof typeof EMPTY) => (value: string) => setText({ ...text, [key]: value });

  function show(found: Record<string, string>) {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`pin-${first}`)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<string, string> = {};
    if (isSet && !text.currentPin) found.currentPin = 'Enter the current PIN';
    if (!PIN_PATTERN.test(text.newPin)) found.newPin = 'Enter a PIN of 4 to 12 digits, using numbers only';
    else if (text.again !== text.newPin) found.again = 'Type the same PIN again';
    if (Object.keys(found).length > 0) return show(found);
    try {
      await save.mutateAsync({ newPin: text.newPin, ...(isSet ? { currentPin: text.currentPin } : {}) });
      setText(EMPTY);
      setErrors({});
      onSaved(isSet ? 'The manager’s PIN has been changed.' : 'The manager’s PIN has been set.');
    } catch (failure) {
      setText({ ...text, currentPin: '' });
      show(
        failure instanceof ApiError && Object.keys(failure.fields).length > 0
          ? failure.fields
          : { general: messageOf(failure) },
      );
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="pin-form-heading">
      <h3 className="heading-m" id="pin-form-heading">
        {isSet ? 'Change the PIN' : 'Set a PIN'}
      </h3>
      {errors.general && <p className="error-message">{errors.general}</p>}
      {isSet && (
        <PinField
          id="pin-currentPin"
          label="Current PIN"
          value={text.currentPin}
          onChange={field('currentPin')}
          error={errors.currentPin}
        />
      )}
      <PinField
        id="pin-newPin"
        label={isSet ? 'New PIN' : 'PIN'}
        hint="4 to 12 digits. Choose one others could not guess, not a birthday or 1234."
        value={text.newPin}
        onChange={field('newPin')}
        error={errors.newPin}
      />
      <PinField
        id="pin-again"
        label={isSet ? 'Type the new PIN again' : 'Type the PIN again'}
        value={text.again}
        onChange={field('again')}
        error={errors.again}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {isSet ? 'Change PIN' : 'Set PIN'}
        </button>
      </div>
    </form>
  );
}
