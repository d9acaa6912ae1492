import { useState } from 'react';
import { ROLE_WORDS } from './AdminPeople';
import { useFocusOnOutcome } from './stepFocus';
import type { Me } from './hubFetch';
import { PasswordChangeForm } from './PasswordChangeForm';

/**
 * Who is signed in, and changing their own password: the way a provider admin changes theirs too (a
 * reset is only for someone else's).
 */
export function AccountPage({ me }: { me: Me }) {
  const [changed, setChanged] = useState(0);
  const outcome = useFocusOnOutcome<HTMLParagraphElement>(changed);
  return (
    <>
      <h1 className="heading-xl">Your account</h1>
      <p>
        Signed in as <span className="hub-email">{me.email}</span>: {ROLE_WORDS[me.role]}
        {me.localAuthority ? `, ${me.localAuthority}` : ''}.
      </p>
      <h2 className="heading-l">Change your password</h2>
      <p>
        You are then signed out of the hub everywhere else; here you stay signed in. Five wrong current
        passwords in a row lock the account for 15 minutes.
      </p>
      <PasswordChangeForm
        currentLabel="Current password"
        submitLabel="Change my password"
        onChanged={() => setChanged((n) => n + 1)}
      />
      <p role="status" ref={outcome} tabIndex={-1}>
        {changed > 0 ? 'Your password is changed. Anywhere else you were signed in, you are signed out.' : ''}
      </p>
    </>
  );
}
