import type { Database } from 'better-sqlite3-multiple-ciphers';
import { log } from '../log/logger';
import type { OsKeyStore } from '../encryption/unlock';

/**
 * Marks a credential kept sealed by the OS key store. The hub's credentials are base64url, which has no
 * colon, so a plain credential can never be mistaken for a sealed one.
 */
const SEALED = 'os-key-store:';

export const CREDENTIAL_NOT_OPENED =
  "This computer's key store no longer opens the hub connection (it may have changed, or this is another computer or account). Disconnect, then connect again with a new enrolment code from your provider.";

/** How the home's hub credential is kept in the data file: sealed by the OS key store where there is one. */
export interface CredentialSeal {
  /** What to store for a credential the hub just gave. */
  seal(credential: string): string;
  /** The credential from what was stored, or null when this computer cannot open it. */
  open(stored: string): string | null;
}

/**
 * The same key store that wraps the data key (the desktop app's safeStorage). Without one (browser mode,
 * Linux with only Chromium's clear-text fallback) the credential stays as it is, in the encrypted data file.
 */
export function credentialSeal(store: OsKeyStore | null | undefined): CredentialSeal {
  return {
    seal: (credential) =>
      store ? SEALED + store.seal(Buffer.from(credential, 'utf8')).toString('base64') : credential,
    open(stored) {
      if (!stored.startsWith(SEALED)) return stored;
      if (!store) return null;
      try {
        const opened = store.open(Buffer.from(stored.slice(SEALED.length), 'base64')).toString('utf8');
        return opened.length > 0 ? opened : null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * Seals credentials written before the key store kept them (or while it could not), so an existing
 * connection carries on sealed. Each is checked to open again before the plain one is replaced; a key
 * store that fails leaves the connection as it was, to try on the next start.
 */
export function sealPlainCredentials(db: Database, store: OsKeyStore | null | undefined): void {
  if (!store || db.readonly) return;
  const seal = credentialSeal(store);
  const plain = db
    .prepare<[], { home_id: number; credential: string }>(
      `SELECT home_id, credential FROM hub_connections WHERE credential NOT LIKE '${SEALED}%'`,
    )
    .all();
  const update = db.prepare('UPDATE hub_connections SET credential = ? WHERE home_id = ? AND credential = ?');
  for (const row of plain) {
    try {
      const sealed = seal.seal(row.credential);
      if (seal.open(sealed) !== row.credential) throw new Error('the sealed credential does not open');
      update.run(sealed, row.home_id, row.credential);
    } catch (error) {
      log.warn('hub_credential_not_sealed', { reason: (error as Error).message });
    }
  }
}
