import { setPinInput } from '@contract/locked-mode';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { checkWith } from '@shared/lib/formProblems';
import { PinField } from './PinField';
import { useSetPin } from './lockApi';

const EMPTY = { currentPin: '', newPin: '', again: '' };

/** Sets the manager's PIN, or changes it (which needs the current one). The PIN is checked by the app. */
export function ManagerPinForm({ isSet, onSaved }: { isSet: boolean; onSaved: (message: string) => void }) {
  const save = useSetPin();
  const form = useSaveForm({
    idPrefix: 'pin',
    initial: EMPTY,
    read: (text, check) => {
      const input = { newPin: text.newPin, ...(isSet ? { currentPin: text.currentPin } : {}) };
      // The contract's own rules word the PIN's problems; the page adds what only it knows.
      if (isSet && !text.currentPin) check.found({ currentPin: 'Enter the current PIN' });
      const found = checkWith(setPinInput, input).filter((p) => p.field !== 'currentPin');
      check.add(found);
      if (!found.some((p) => p.field === 'newPin') && text.again !== text.newPin) {
        check.found({ again: 'Type the same PIN again' });
      }
      return input;
    },
    save: save.mutateAsync,
    // A refused change asks for the current PIN again; the new one, typed twice, stays.
    forgetOnFailure: ['currentPin'],
    onSaved: () => onSaved(isSet ? 'The manager’s PIN has been changed.' : 'The manager’s PIN has been set.'),
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="pin-form-heading">
      <h3 className="heading-m" id="pin-form-heading">
        {isSet ? 'Change the PIN' : 'Set a PIN'}
      </h3>
      <FormProblem message={form.general} />
      {isSet && <PinField label="Current PIN" {...form.bind('currentPin')} />}
      <PinField
        label={isSet ? 'New PIN' : 'PIN'}
        hint="4 to 12 digits. Choose one others could not guess, not a birthday or 1234."
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
