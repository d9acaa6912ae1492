import { setPasswordInput } from '@contract/locked-mode';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { checkWith } from '@shared/lib/formProblems';
import { PinField } from '@shared/locked-mode/PinField';
import { usePasswordStatus, useSetPassword } from '@shared/locked-mode/lockApi';
import { ManagerSecretSection } from './ManagerSecretSection';

const EMPTY = { currentPassword: '', newPassword: '', again: '' };

/**
 * The manager's password: what unlocks Hallmarks once too many wrong PINs have been typed, and what
 * replaces a forgotten PIN. Like the PIN, only a scrambled form of it is kept.
 */
export function ManagerPasswordSection() {
  return (
    <ManagerSecretSection
      what="password"
      status={usePasswordStatus()}
      intro="After ten wrong PINs, the PIN no longer unlocks Hallmarks: only this password does. It also lets you set a new PIN if you forget the old one. Use three or more words that others could not guess."
      form={(isSet, onSaved) => <PasswordForm isSet={isSet} onSaved={onSaved} />}
    />
  );
}

function PasswordForm({ isSet, onSaved }: { isSet: boolean; onSaved: (message: string) => void }) {
  const save = useSetPassword();
  const form = useSaveForm({
    idPrefix: 'password',
    initial: EMPTY,
    read: (text, check) => {
      const input = {
        newPassword: text.newPassword,
        ...(isSet ? { currentPassword: text.currentPassword } : {}),
      };
      if (isSet && !text.currentPassword) check.found({ currentPassword: 'Enter the current password' });
      // The contract's own rules word the new password's problems; the page adds what only it knows.
      const found = checkWith(setPasswordInput, input).filter((p) => p.field !== 'currentPassword');
      check.typedTwice(found, text, 'newPassword', 'Type the same password again');
      return input;
    },
    save: (input) => save.mutateAsync(input),
    forgetOnFailure: ['currentPassword'],
    onSaved: () =>
      onSaved(isSet ? 'The manager’s password has been changed.' : 'The manager’s password has been set.'),
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="password-form-heading">
      <h3 className="heading-m" id="password-form-heading">
        {isSet ? 'Change the password' : 'Set a password'}
      </h3>
      <FormProblem message={form.general} />
      {isSet && <PinField kind="password" label="Current password" {...form.bind('currentPassword')} />}
      <PinField
        label={isSet ? 'New password' : 'Password'}
        hint="At least 10 characters."
        kind="new-password"
        {...form.bind('newPassword')}
      />
      <PinField
        label={isSet ? 'Type the new password again' : 'Type the password again'}
        kind="new-password"
        {...form.bind('again')}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          {isSet ? 'Change password' : 'Set password'}
        </button>
      </div>
    </form>
  );
}
