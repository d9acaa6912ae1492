import type { Handlers } from '../contract/operations';

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
  /** The clock, fixed in tests. */
  now?: () => Date;
}
