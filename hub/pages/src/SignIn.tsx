import { handler } from '@shared/lib/background';
import { useState, type FormEvent } from 'react';
import { TextField } from '@shared/ui/TextField';
import { hubApi, type Me } from './hubFetch';

/** Email and password; five wrong tries lock the account for a while, and the hub says until when. */
export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setProblem('');
    try {
      await hubApi.signIn(email, password);
      onSignedIn(await hubApi.me());
    } catch (error) {
      setPassword('');
      setProblem((error as Error).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <h1 className="heading-xl">Sign in to the provider hub</h1>
      <form onSubmit={handler(submit)} noValidate>
        <TextField
          id="email"
          label="Email address"
          value={email}
          onChange={setEmail}
          autoComplete="username"
          spellCheck={false}
        />
        <div className="form-group">
          <label className="label" htmlFor="password">
            Password
          </label>
          <input
            className="input input--medium"
            id="password"
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          Sign in
        </button>
        <p className="status-message" role="status">
          {pending ? 'Signing in…' : ''}
        </p>
        {problem && (
          <p className="error-message" role="alert">
            {problem}
          </p>
        )}
      </form>
    </>
  );
}
