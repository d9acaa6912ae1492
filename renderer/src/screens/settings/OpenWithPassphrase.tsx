import { useEffect, useState, type FormEvent } from 'react';
import { handler } from '@shared/lib/background';
import { PinField } from '@shared/locked-mode/PinField';

const FIELD = 'import-passphrase';

/** An encrypted home file asks for its passphrase; a wrong one is said beside the field. */
export function OpenWithPassphrase({
  problem,
  onOpen,
}: {
  problem: string | undefined;
  onOpen: (passphrase: string) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => document.getElementById(FIELD)?.focus(), [problem]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await Promise.resolve(onOpen(passphrase));
    setPassphrase('');
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)}>
      <PinField
        id={FIELD}
        kind="password"
        label="Passphrase to open the file"
        hint="This file is encrypted. Type the passphrase it was exported with."
        value={passphrase}
        onChange={setPassphrase}
        error={problem}
      />
      <button type="submit" className="button">
        Open the file
      </button>
    </form>
  );
}
