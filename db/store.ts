import type { Database } from 'better-sqlite3-multiple-ciphers';
import { operationNames } from '../contract/operation-names';
import { allowedWhileLocked, type Handlers, type OperationName } from '../contract/operations';
import { ServiceError } from '../contract/result';
import { APP_LOCKED_MESSAGE, OPEN_WHILE_APP_LOCKED } from '../contract/app-lock';
import { isAppLocked } from './app-lock/app-lock-state';
import { readLock } from './locked-mode/lock-store';
import { createBackupHandlers } from './backups/backup-handlers';
import { confirmRecoveryKeyKept } from './encryption/unlock';
import { openDatabase, type OpenDatabase, type StoreOptions } from './open-database';

export { StoreOpenError, type StoreOpenProblem } from './safety/open-errors';
export type { StoreOptions } from './open-database';

export interface Store {
  /** The open connection; a restore replaces it, so read it when needed rather than keeping it. */
  readonly db: Database;
  handlers: Handlers;
  file: string;
  readonly backupsDir: string;
  journalMode: string;
  /** Problems that did not stop the data opening, such as a failed backup; the app shows them. */
  warnings: string[];
  /** The recovery key until the manager says it is kept (set-up only); null afterwards. */
  readonly recoveryKeyToShow: string | null;
  /** The manager has printed or written down the recovery key: it is not shown or kept again. */
  recoveryKeyKept(): void;
  close(): void;
}

/**
 * Opens the data (see openDatabase) and binds every contract operation to it. The handlers look up the
 * open connection on each call, so a restore can close the file, put a backup in its place and reopen
 * it without anyone re-registering handlers; automatic backups are taken here too.
 */
export function openStore(options: StoreOptions): Store {
  let current: OpenDatabase = openDatabase(options);
  let recoveryKeyToShow = current.newRecoveryKey;
  const live = {
    get: () => current,
    reopen: () => {
      current = openDatabase({ ...options, startEmptyAfterSetAside: true });
      return current;
    },
  };
  const backups = createBackupHandlers(live, options.now ?? (() => new Date()));
  const bound = (name: OperationName) =>
    name.startsWith('backups.')
      ? (backups.handlers[name as keyof typeof backups.handlers] as (i: unknown) => unknown)
      : (input: unknown) =>
          backups.afterCall(
            name,
            (current.handlers[name as keyof OpenDatabase['handlers']] as (i: unknown) => unknown)(input),
          );
  const handlers = Object.fromEntries(
    operationNames.map((name) => {
      const run = bound(name);
      return [
        name,
        (input: unknown) => {
          refuseWhileLocked(current.db, name);
          return run(input);
        },
      ];
    }),
  ) as Handlers;
  return {
    get db() {
      return current.db;
    },
    get backupsDir() {
      return current.backupsDir;
    },
    handlers,
    file: current.file,
    journalMode: current.journalMode,
    warnings: current.warnings,
    get recoveryKeyToShow() {
      return recoveryKeyToShow;
    },
    recoveryKeyKept: () => {
      confirmRecoveryKeyKept(current.file);
      recoveryKeyToShow = null;
    },
    close: () => {
      backups.beforeClose();
      current.db.close();
    },
  };
}

/**
 * The app lock and locked mode are enforced here, below both transports (Electron IPC and browser mode), and read from the
 * database on every call, so neither a restart nor a request made outside the locked screen gets past it.
 */
function refuseWhileLocked(db: Database, name: OperationName) {
  // The app lock first: it covers locked mode's screens too, and lets through only its own operations.
  if (!OPEN_WHILE_APP_LOCKED.has(name) && isAppLocked(db))
    throw new ServiceError('app_locked', APP_LOCKED_MESSAGE);
  const lock = readLock(db);
  if (lock && !allowedWhileLocked(name, lock.mode)) {
    throw new ServiceError(
      'locked',
      'Hallmarks is locked. Only the manager can unlock it, with their PIN. Nothing has been changed.',
    );
  }
}
