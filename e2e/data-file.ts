import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openKeyed } from '../db/connection';
import { keyOfExistingFile } from '../db/encryption/unlock';

/** Every spec runs encrypted: browser mode gets this passphrase through HALLMARKS_PASSPHRASE. */
export const E2E_PASSPHRASE = 'e2e passphrase, not a secret';

/** Opens the data file a spec's server uses, with its key, to read or prepare what the page shows. */
export function openDataFile(dbFile: string, options: { readonly?: boolean } = {}): Database.Database {
  const key = keyOfExistingFile(dbFile, path.join(path.dirname(dbFile), 'backups'), {
    passphrase: E2E_PASSPHRASE,
  });
  const settings = { readonly: options.readonly ?? false, fileMustExist: true };
  return key ? openKeyed(dbFile, settings, key).db : new Database(dbFile, settings);
}
