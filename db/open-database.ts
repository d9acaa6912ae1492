import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  createBackup,
  ensureDailyBackup,
  finishInterruptedRestore,
  listBackups,
  removePartialBackups,
} from './backups/backups';
import { backUpOrWarn } from './safety/backup-warning';
import { openConnection, quickCheck } from './connection';
import { ensureFileId } from './backups/file-id';
import { makePrivate, makePrivateFolder } from './private-files';
import { createHandlers, type CoreHandlers } from './handlers';
import type { RecoveryKeyCheck } from './locked-mode/manager-check';
import { migrate, NewerDatabaseError } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations';
import { listSetAsides, setAside, setAsideStrayJournals } from './safety/set-asides';
import { londonTime } from './safety/wording';
import { HALLMARKS_APPLICATION_ID, inspectDataFile } from './safety/inspect-file';
import { cannotCreateFolder, cannotUseFile, StoreOpenError } from './safety/open-errors';
import {
  encryptInPlace,
  removeUnfinishedEncryption,
  type EncryptionProgress,
} from './encryption/encrypt-in-place';
import { encryptPlainBackups, reencryptOrWarn } from './encryption/plain-backups';
import { removePrintLeftovers } from './safety/print-snapshots';
import {
  dataFileState,
  refuseEncryptedWithoutKey,
  recoveryKeyOpens,
  unlockDataKey,
  type EncryptionOptions,
} from './encryption/unlock';

export interface StoreOptions {
  file: string;
  appVersion: string;
  /** Defaults to a "backups" folder beside the database file. */
  backupsDir?: string;
  nativeBinding?: string;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Only tests pass their own list. */
  migrations?: readonly Migration[];
  /**
   * The manager chose to start with no data although a damaged copy was set aside. Without it, a missing
   * file beside a set-aside one is refused, so an empty database never starts behind the manager's back.
   */
  startEmptyAfterSetAside?: boolean;
  /** Hook for the data-encryption work: whether a typed recovery key is this data's (see manager-check.ts). */
  recoveryKeyMatches?: RecoveryKeyCheck;
  /**
   * How this start opens the data key (OS key store, passphrase or recovery key). Every app entry point
   * gives it; only tests that want a plain file leave it out, and then an encrypted file is refused.
   */
  encryption?: EncryptionOptions;
  /** Shown while an older, plain data file is encrypted on the first start of this version. */
  onEncryptionProgress?: EncryptionProgress;
  /**
   * A print snapshot (safety/print-snapshots.ts), opened read-only with this key: no backups, no key
   * files, no journal beside it, nothing written. Printing only reads.
   */
  readOnlySnapshot?: { key: Buffer | null };
}

/** One open connection to the data file, checked, migrated and backed up, with the core handlers bound. */
export interface OpenDatabase {
  db: Database;
  handlers: CoreHandlers;
  file: string;
  backupsDir: string;
  journalMode: string;
  warnings: string[];
  /** The data key (null for a plain test database); every backup and check of this file needs it. */
  key: Buffer | null;
  /** The recovery key of a key made on this start, to show the manager once; otherwise null. */
  newRecoveryKey: string | null;
}

/**
 * The backup folder the manager chose, kept in a small file beside the data (not inside it), so it is
 * known before the data is opened, when a damaged file needs a backup offered.
 */
export const backupFolderNote = (file: string) => `${file}.backups-folder`;

function chosenBackupFolder(file: string): string | null {
  try {
    return readFileSync(backupFolderNote(file), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

function damagedMessage(file: string, aside: string, backupsDir: string, detail: string): string {
  const newest = listBackups(backupsDir)[0];
  const offer = newest
    ? `The newest backup was taken on ${londonTime(newest.takenAt)} and is at ${newest.file}.`
    : 'No backup was found.';
  return `The data file ${file} is damaged (${detail}), so Hallmarks moved it aside to ${aside} (nothing was deleted). ${offer}`;
}

/** A new, empty database must not quietly take the place of one that was set aside as damaged. */
function refuseEmptyAfterSetAside(file: string, backupsDir: string): void {
  const isNew = !existsSync(file) || statSync(file).size === 0;
  const aside = listSetAsides(file)[0];
  if (!isNew || !aside) return;
  const newest = listBackups(backupsDir)[0];
  const offer = newest
    ? `Restore the newest backup, taken on ${londonTime(newest.takenAt)}, to carry on where you left off.`
    : 'No backup was found. Show the set-aside file to whoever looks after your computers before starting again with no data.';
  throw new StoreOpenError(
    `Your data file was damaged and Hallmarks moved it aside to ${aside.file} on ${londonTime(aside.at)} (nothing was deleted), so there is no data to open. ${offer}`,
    newest?.file ?? null,
    'set-aside',
  );
}

/**
 * The first start of this version: the plain data file, then its plain backups, are encrypted, each by
 * a verified encrypted copy renamed over it (see encryptInPlace); files encrypted by an earlier version
 * with the stretched key are re-encrypted with the raw key the same way.
 */
function encryptExisting(file: string, backupsDir: string, key: Buffer, progress?: EncryptionProgress) {
  if (dataFileState(file) === 'plain') encryptInPlace(file, key, progress);
  else reencryptOrWarn(file, key);
  encryptPlainBackups(backupsDir, key, file);
}

/**
 * Opens (creating if needed) the database: checks it, refuses one from a newer app version, backs it up
 * before any upgrade and once a day, migrates it, and binds the contract's handlers to it.
 */
export function openDatabase(options: StoreOptions): OpenDatabase {
  if (options.readOnlySnapshot) return openSnapshot(options, options.readOnlySnapshot.key);
  const file = path.resolve(options.file);
  const backupsDir =
    chosenBackupFolder(file) ?? options.backupsDir ?? path.join(path.dirname(file), 'backups');
  const migrations = options.migrations ?? allMigrations;
  try {
    makePrivateFolder(path.dirname(file));
  } catch (error) {
    throw cannotCreateFolder(path.dirname(file), error);
  }
  removeUnfinishedEncryption(file);
  removePrintLeftovers(file);
  const unlocked = options.encryption ? unlockDataKey(file, backupsDir, options.encryption) : null;
  if (!unlocked) refuseEncryptedWithoutKey(file);
  const key = unlocked?.key ?? null;
  finishInterruptedRestore(file, key);
  setAsideStrayJournals(file);
  if (!options.startEmptyAfterSetAside) refuseEmptyAfterSetAside(file, backupsDir);

  const damaged = (detail: string) =>
    new StoreOpenError(
      damagedMessage(file, setAside(file), backupsDir, detail),
      listBackups(backupsDir)[0]?.file ?? null,
    );
  const inspection = inspectDataFile(file, migrations, options.nativeBinding, key);
  if (inspection.kind === 'damaged') throw damaged(inspection.detail);
  if (key) encryptExisting(file, backupsDir, key, options.onEncryptionProgress);

  let connection;
  try {
    connection = openConnection(file, { nativeBinding: options.nativeBinding, key: key ?? undefined });
    const check = quickCheck(connection.db);
    if (check !== 'ok') throw Object.assign(new Error(check), { code: 'SQLITE_CORRUPT' });
  } catch (error) {
    connection?.db.close();
    const code = (error as { code?: string }).code ?? '';
    if (CORRUPT_CODES.has(code)) throw damaged('SQLite cannot read it');
    throw cannotUseFile(file, error);
  }

  const { db, journalMode } = connection;
  makePrivate(file, `${file}-wal`, `${file}-shm`); // SQLite gives later journals the file's own mode
  const warnings: string[] = [];
  const now = options.now ?? (() => new Date());
  try {
    removePartialBackups(backupsDir);
    migrate(db, migrations, (from) => {
      if (from > 0)
        backUpOrWarn(warnings, 'before-upgrade', () => createBackup(db, backupsDir, 'before-upgrade', now()));
    });
    if (db.pragma('application_id', { simple: true }) !== HALLMARKS_APPLICATION_ID) {
      db.pragma(`application_id = ${HALLMARKS_APPLICATION_ID}`);
    }
    ensureFileId(db); // before the day's backup, so the backup carries it
    backUpOrWarn(warnings, 'daily', () => ensureDailyBackup(db, backupsDir, now(), file, key));
  } catch (error) {
    db.close();
    if (error instanceof NewerDatabaseError) throw new StoreOpenError(error.message, null, 'newer');
    throw error;
  }

  return bound(
    options,
    { db, file, backupsDir, journalMode, warnings, key },
    unlocked?.newRecoveryKey ?? null,
  );
}

/** The open data with the contract's handlers bound to it. */
function bound(
  options: StoreOptions,
  open: Omit<OpenDatabase, 'handlers' | 'newRecoveryKey'>,
  newRecoveryKey: string | null,
): OpenDatabase {
  const { db, file, key } = open;
  return {
    ...open,
    newRecoveryKey,
    handlers: createHandlers(db, {
      appVersion: options.appVersion,
      databasePath: file,
      journalMode: open.journalMode,
      backupsDir: open.backupsDir,
      key,
      now: options.now,
      recoveryKeyMatches: options.recoveryKeyMatches ?? (key ? recoveryKeyOpens(file, key) : undefined),
      osKeyStore: options.encryption?.osKeyStore ?? null,
    }),
  };
}

/** A print snapshot, read-only: the handlers read from it; any write is refused by SQLite. */
function openSnapshot(options: StoreOptions, key: Buffer | null): OpenDatabase {
  const file = path.resolve(options.file);
  const { db, journalMode } = openConnection(file, {
    readonly: true,
    key: key ?? undefined,
    nativeBinding: options.nativeBinding,
  });
  // Nowhere to put backups: a copy is never backed up, and the folder is never made.
  const backupsDir = path.join(path.dirname(file), 'no-backups');
  return bound(options, { db, file, backupsDir, journalMode, warnings: [], key }, null);
}
