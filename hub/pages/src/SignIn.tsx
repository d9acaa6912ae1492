import { useState } from 'react';
import { TextField } from '@shared/ui/TextField';
import { hubApi, type Me } from './hubFetch';
import { PasswordField } from './PasswordField';
import { useHubForm } from './useHubForm';

/** Email and password; five wrong tries lock the account for a while, and the hub says until when. */
export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useHubForm(async () => {
    try {
      await hubApi.signIn(email, password);
      onSignedIn(await hubApi.me());
    } finally {
      setPassword('');
    }
  });

  return (
    <>
      <h1 className="heading-xl">Sign in to the provider hub</h1>
      <form onSubmit={form.onSubmit} noValidate>
        <TextField
          id="email"
          label="Email address"
          value={email}
          onChange={setEmail}
          autoComplete="username"
          spellCheck={false}
        />
        <PasswordField
          id="password"
          label="Password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
        />
        <button type="submit" className="button" disabled={form.pending}>
          Sign in
        </button>
        <p className="status-message" role="status">
          {form.pending ? 'Signing in…' : ''}
        </p>
        {form.problem && (
          <p className="error-message" role="alert">
            {form.problem}
          </p>
        )}
      </form>
    </>
  );
}
