import { useState, type FormEvent } from 'react';
import { TextField } from '@shared/ui/TextField';

/**
 * The key store or passphrase does not open the data (another computer, a changed key store, a damaged
 * key file): the manager types the recovery key printed at set-up. Never an empty new database.
 */
export function RecoveryKeyEntry({
  reason,
  problem,
  onRecoveryKey,
}: {
  reason: string;
  problem: string | null;
  onRecoveryKey: (recoveryKey: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === '') return setMissing(true);
    setMissing(false);
    onRecoveryKey(typed);
  };
  return (
    <main className="narrow start-gate" id="main">
      <h1 className="heading-xl">This computer cannot unlock the data: enter the recovery key</h1>
      <p>{reason}</p>
      <p>
        The recovery key was shown when Hallmarks was first set up, to print and keep with the home’s records.
        It is eight groups of five letters and numbers.
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="start-gate-recovery-key"
          label="Recovery key"
          hint="Spaces, dashes and capital letters do not matter."
          value={typed}
          onChange={setTyped}
          error={missing ? 'Type the recovery key' : (problem ?? undefined)}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="button">
          Unlock
        </button>
      </form>
      <p>Nothing has been changed or deleted. Without the recovery key the data cannot be opened.</p>
    </main>
  );
}
