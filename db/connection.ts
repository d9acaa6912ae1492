import Database from 'better-sqlite3';
import { log } from './log/logger';

export interface ConnectionOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron in development); default: the package's own. */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface Connection {
  db: Database.Database;
  /** "wal" normally. Anything else means the folder can't share memory between processes (network or cloud drive). */
  journalMode: string;
}

/** Opens a database with the settings that keep a manager's work safe through a crash or power cut. */
export function openConnection(file: string, options: ConnectionOptions = {}): Connection {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    db.pragma('busy_timeout = 5000');
    const journalMode = options.readonly
      ? String(db.pragma('journal_mode', { simple: true }))
      : String(db.pragma('journal_mode = WAL', { simple: true }));
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A read-only look at a backup reports that file's own mode; only the live database must be WAL.
    if (!options.readonly && journalMode !== 'wal') log.warn('journal_mode_not_wal', { journalMode });
    return { db, journalMode };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLite's own fast check of the file's structure; "ok" when healthy. */
export function quickCheck(db: Database.Database): string {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}

export function integrityCheck(db: Database.Database): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

/**
 * A consistent copy of the data file at `destination` (SQLite's backup API), made through a read-only
 * connection, so the copy never writes to the manager's file and works while the app has it open.
 */
export async function snapshotFile(file: string, destination: string): Promise<void> {
  const { db } = openConnection(file, { readonly: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}
