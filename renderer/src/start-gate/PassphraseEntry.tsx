import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_CHARS } from '@contract/start-gate';
import { FormGroup } from '@shared/ui/FormGroup';

/**
 * This computer has no key store Hallmarks can use (Linux without one), so a passphrase protects the
 * data instead of keeping its key in clear: chosen and typed twice the first time, typed at each start.
 */
export function PassphraseEntry({
  setUp,
  problem,
  onPassphrase,
  onUseRecoveryKey,
}: {
  setUp: boolean;
  problem: string | null;
  onPassphrase: (passphrase: string) => void;
  onUseRecoveryKey: () => void;
}) {
  const [values, setValues] = useState({ passphrase: '', again: '' });
  const [errors, setErrors] = useState<{ passphrase?: string; again?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (values.passphrase === '') next.passphrase = 'Type the passphrase';
    else if (setUp && [...values.passphrase].length < MIN_PASSPHRASE_CHARS)
      next.passphrase = `The passphrase must be at least ${MIN_PASSPHRASE_CHARS} characters long`;
    else if (setUp && values.again !== values.passphrase) next.again = 'The two passphrases are not the same';
    setErrors(next);
    if (Object.keys(next).length === 0) onPassphrase(values.passphrase);
  };
  return (
    <main className="narrow start-gate" id="main">
      <h1 className="heading-xl">{setUp ? 'Choose a passphrase for the data' : 'Type the passphrase'}</h1>
      <p>
        Hallmarks encrypts the data on this computer. This computer has no key store Hallmarks can use, so a
        passphrase protects it instead,{' '}
        {setUp ? 'typed each time Hallmarks starts' : 'the one chosen when Hallmarks was set up'}.
      </p>
      <form onSubmit={submit} noValidate>
        <PassphraseField
          id="start-gate-passphrase"
          label="Passphrase"
          hint={
            setUp
              ? `At least ${MIN_PASSPHRASE_CHARS} characters. A few words you will remember is best.`
              : undefined
          }
          value={values.passphrase}
          onChange={(passphrase) => setValues((now) => ({ ...now, passphrase }))}
          error={errors.passphrase ?? problem ?? undefined}
        />
        {setUp ? (
          <PassphraseField
            id="start-gate-passphrase-again"
            label="Type the passphrase again"
            value={values.again}
            onChange={(again) => setValues((now) => ({ ...now, again }))}
            error={errors.again}
          />
        ) : null}
        <button type="submit" className="button">
          {setUp ? 'Use this passphrase' : 'Open the data'}
        </button>
      </form>
      {setUp ? null : (
        <p>
          <button type="button" className="button button--secondary" onClick={onUseRecoveryKey}>
            I have lost the passphrase: use the recovery key
          </button>
        </p>
      )}
    </main>
  );
}

/** A passphrase is typed hidden, like a password; the page never shows it. */
function PassphraseField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { id, label, hint, value, onChange, error } = props;
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          className={`input input--full${error ? ' input--error' : ''}`}
          id={id}
          type="password"
          autoComplete="off"
          value={value}
          {...control}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
