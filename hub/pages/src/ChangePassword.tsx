import { PasswordChangeForm } from './PasswordChangeForm';

/** After a reset: the temporary password signs the person in only to choose their own, here. */
export function ChangePassword({ onChanged }: { onChanged: () => void }) {
  return (
    <>
      <h1 className="heading-xl">Choose a new password</h1>
      <p>Your provider admin reset your password. Choose your own before you go on.</p>
      <PasswordChangeForm
        currentLabel="Temporary password"
        submitLabel="Save my new password"
        onChanged={onChanged}
      />
    </>
  );
}
