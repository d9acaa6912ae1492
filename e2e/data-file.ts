import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../db/connection';
import { keyOfExistingFile } from '../db/encryption/unlock';

/** Every spec runs encrypted: browser mode gets this passphrase through HALLMARKS_PASSPHRASE. */
export const E2E_PASSPHRASE = 'e2e passphrase, not a secret';

/** Opens the data file a spec's server uses, with its key, to read or prepare what the page shows. */
export function openDataFile(dbFile: string, options: { readonly?: boolean } = {}): Database.Database {
  const key = keyOfExistingFile(dbFile, path.join(path.dirname(dbFile), 'backups'), {
    passphrase: E2E_PASSPHRASE,
  });
  const db = new Database(dbFile, { readonly: options.readonly ?? false, fileMustExist: true });
  if (key) applyKey(db, key);
  return db;
}
