import type { Handlers } from '../contract/operations';
import type { OsKeyStore } from './encryption/unlock';
import type { RecoveryKeyCheck } from './locked-mode/manager-check';

/** The operations on the data itself; backups and restore are bound by the store, which can swap the file. */
export type BackupOperation = Extract<keyof Handlers, `backups.${string}`>;
export type CoreHandlers = Omit<Handlers, BackupOperation>;

/** What the features' handlers know of the app around them. */
export interface StoreContext {
  appVersion: string;
  databasePath: string;
  journalMode: string;
  /** Where backups go: deleting a home says they still hold it until they age out. */
  backupsDir: string;
  /** The data key, to look inside encrypted backups; null for a plain test database. */
  key?: Buffer | null;
  /** The clock, fixed in tests. */
  now?: () => Date;
  /** Whether a typed recovery key is this data's; absent until the data is encrypted with one. */
  recoveryKeyMatches?: RecoveryKeyCheck;
  /** The OS key store that wraps the data key (desktop app only); it seals the hub credential too. */
  osKeyStore?: OsKeyStore | null;
}
