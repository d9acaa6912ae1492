import type { Database } from 'better-sqlite3';
import { operationNames } from '../contract/operation-names';
import { allowedWhileLocked, type Handlers, type OperationName } from '../contract/operations';
import { ServiceError } from '../contract/result';
import { readLock } from './locked-mode/lock-store';
import { createBackupHandlers } from './backups/backup-handlers';
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
  close(): void;
}

/**
 * Opens the data (see openDatabase) and binds every contract operation to it. The handlers look up the
 * open connection on each call, so a restore can close the file, put a backup in its place and reopen
 * it without anyone re-registering handlers; automatic backups are taken here too.
 */
export function openStore(options: StoreOptions): Store {
  let current: OpenDatabase = openDatabase(options);
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
    close: () => {
      backups.beforeClose();
      current.db.close();
    },
  };
}

/**
 * Locked mode is enforced here, below both transports (Electron IPC and browser mode), and read from the
 * database on every call, so neither a restart nor a request made outside the locked screen gets past it.
 */
function refuseWhileLocked(db: Database, name: OperationName) {
  const lock = readLock(db);
  if (lock && !allowedWhileLocked(name, lock.mode)) {
    throw new ServiceError(
      'locked',
      'Hallmarks is locked. Only the manager can unlock it, with their PIN. Nothing has been changed.',
    );
  }
}
