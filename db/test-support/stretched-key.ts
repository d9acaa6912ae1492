import { keyPragma, openConnection } from '../connection';

/**
 * Re-encrypts a file the way versions before the raw key did (the key stretched by the cipher's PBKDF2),
 * for the tests and the bench that compare or upgrade the older form.
 */
export function toStretchedForm(file: string, key: Buffer): void {
  const { db } = openConnection(file, { key });
  try {
    db.pragma('journal_mode = DELETE'); // the cipher cannot rekey a file in WAL mode
    db.pragma(keyPragma('rekey', key, 'stretched'));
  } finally {
    db.close();
  }
}
