import path from 'node:path';
import { passphraseFromEnvironment } from '../db/encryption/unlock';
import { recoveryKeyNotice } from '../db/encryption/recovery-key';
import { openStore, type Store } from '../db/store';

/** Opens the data file for a command, runs `work`, closes it, and prints the outcome or a plain error. */
export function runWithStore(db: string, work: (store: Store) => string): void {
  try {
    const store = openStore({
      file: path.resolve(db),
      appVersion: process.env.npm_package_version ?? '0.0.0',
      encryption: passphraseFromEnvironment(),
    });
    // Shown once, on the terminal, apart from the command's own output.
    if (store.recoveryKeyToShow) {
      console.error(recoveryKeyNotice(store.recoveryKeyToShow));
      store.recoveryKeyKept();
    }
    try {
      console.log(work(store));
    } finally {
      store.close();
    }
  } catch (error) {
    failCommand(error);
  }
}

/** Prints a plain error and sets the exit code: never a stack trace. */
export function failCommand(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Hallmarks: ${message.replace(/\s+/g, ' ').trim()}`);
  process.exitCode = 1;
}
