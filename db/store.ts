import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../contract/operations';
import { createBackup, ensureDailyBackup, listBackups } from './backups';
import { openConnection, quickCheck } from './connection';
import { createHandlers } from './handlers';
import { migrate, NewerDatabaseError } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations';

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
}

export interface Store {
  db: Database;
  handlers: Handlers;
  file: string;
  backupsDir: string;
  journalMode: string;
  close(): void;
}

/** A problem opening the data that a person must read; the message says what happened and what to do. */
export class StoreOpenError extends Error {
  constructor(
    message: string,
    /** For a damaged file: the newest backup, which the app offers to restore. */
    readonly newestBackup: string | null = null,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** Moves a damaged file (and its journal files) aside under a dated name; it is never deleted. */
function setAside(file: string): string {
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

function damagedMessage(file: string, aside: string, backupsDir: string): string {
  const newest = listBackups(backupsDir)[0];
  const offer = newest
    ? `The newest backup was taken on ${newest.takenAt.toLocaleString('en-GB')} and is at ${newest.file}.`
    : 'No backup was found.';
  return `The data file ${file} is damaged, so Hallmarks moved it aside to ${aside} (nothing was deleted). ${offer}`;
}

/**
 * Opens (creating if needed) the database: checks it, refuses one from a newer app version, backs it up
 * before any upgrade and once a day, migrates it, and binds the contract's handlers to it.
 */
export function openStore(options: StoreOptions): Store {
  const file = path.resolve(options.file);
  const backupsDir = options.backupsDir ?? path.join(path.dirname(file), 'backups');
  mkdirSync(path.dirname(file), { recursive: true });

  let connection;
  try {
    connection = openConnection(file, { nativeBinding: options.nativeBinding });
    const check = quickCheck(connection.db);
    if (check !== 'ok') throw Object.assign(new Error(check), { code: 'SQLITE_CORRUPT' });
  } catch (error) {
    connection?.db.close();
    const code = (error as { code?: string }).code ?? '';
    if (!CORRUPT_CODES.has(code)) throw error;
    throw new StoreOpenError(
      damagedMessage(file, setAside(file), backupsDir),
      listBackups(backupsDir)[0]?.file ?? null,
    );
  }

  const { db, journalMode } = connection;
  try {
    migrate(db, options.migrations ?? allMigrations, (from) => {
      if (from > 0) createBackup(db, backupsDir, 'before-upgrade');
    });
    ensureDailyBackup(db, backupsDir);
  } catch (error) {
    db.close();
    if (error instanceof NewerDatabaseError) throw new StoreOpenError(error.message);
    throw error;
  }

  return {
    db,
    file,
    backupsDir,
    journalMode,
    handlers: createHandlers(db, {
      appVersion: options.appVersion,
      databasePath: file,
      journalMode,
      now: options.now,
    }),
    close: () => db.close(),
  };
}
