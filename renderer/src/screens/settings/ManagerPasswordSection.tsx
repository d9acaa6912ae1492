import { useState, type FormEvent } from 'react';
import { setPasswordInput } from '@contract/locked-mode';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { checkWith, type FormProblems } from '@shared/lib/formProblems';
import { handler } from '@shared/lib/background';
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
  const [text, setText] = useState(EMPTY);
  const form = useFormProblems('password');
  const save = useSetPassword();
  const field = (key: keyof typeof EMPTY) => (value: string) => setText({ ...text, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const input = {
      newPassword: text.newPassword,
      ...(isSet ? { currentPassword: text.currentPassword } : {}),
    };
    const found: FormProblems = [];
    if (isSet && !text.currentPassword) {
      found.push({ field: 'currentPassword', message: 'Enter the current password' });
    }
    found.push(...checkWith(setPasswordInput, input).filter((p) => p.field !== 'currentPassword'));
    if (!found.some((p) => p.field === 'newPassword') && text.again !== text.newPassword) {
      found.push({ field: 'again', message: 'Type the same password again' });
    }
    if (found.length > 0) return form.fail(found);
    try {
      await save.mutateAsync(input);
      setText(EMPTY);
      form.clear();
      onSaved(isSet ? 'The manager’s password has been changed.' : 'The manager’s password has been set.');
    } catch (failure) {
      setText({ ...text, currentPassword: '' });
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="password-form-heading">
      <h3 className="heading-m" id="password-form-heading">
        {isSet ? 'Change the password' : 'Set a password'}
      </h3>
      <FormProblem message={form.general} />
      {isSet && (
        <PinField
          kind="password"
          id="password-currentPassword"
          label="Current password"
          value={text.currentPassword}
          onChange={field('currentPassword')}
          error={form.errors.currentPassword}
        />
      )}
      <PinField
        id="password-newPassword"
        label={isSet ? 'New password' : 'Password'}
        hint="At least 10 characters."
        kind="new-password"
        value={text.newPassword}
        onChange={field('newPassword')}
        error={form.errors.newPassword}
      />
      <PinField
        id="password-again"
        label={isSet ? 'Type the new password again' : 'Type the password again'}
        kind="new-password"
        value={text.again}
        onChange={field('again')}
        error={form.errors.again}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {isSet ? 'Change password' : 'Set password'}
        </button>
      </div>
    </form>
  );
}
