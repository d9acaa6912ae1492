import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openConnection } from '../connection';
import { dataFileState } from '../encryption/unlock';

/**
 * Each data file's own id, kept in it (so every backup, a copy, carries the id of the file it was taken
 * of). Two data files may share one backups folder (browser mode with --db on two files in one folder,
 * or one network folder chosen for several): the id tells whose each backup is.
 */
const KEY = 'file_id';

export function fileIdOf(db: Database): string | null {
  try {
    const row = db.prepare('SELECT value FROM preferences WHERE key = ?').get(KEY) as
      { value: string } | undefined;
    return row?.value ?? null;
  } catch {
    return null; // a file with no preferences table yet (not migrated): it has no id
  }
}

/** Gives the file its id the first time this version opens it; a read-only file keeps none until writable. */
export function ensureFileId(db: Database): void {
  if (fileIdOf(db) !== null) return;
  try {
    db.prepare('INSERT INTO preferences (key, value) VALUES (?, ?)').run(KEY, randomUUID());
  } catch {
    // Read-only or full: the file still opens; until it has an id, every backup in the folder is listed.
  }
}

/**
 * The id inside a backup; null when it has none (taken before files had ids) or is a plain file that cannot
 * be read; undefined when it is encrypted and this file's key does not open it, so it is another file's.
 */
export function fileIdIn(file: string, key?: Buffer | null): string | null | undefined {
  const encrypted = dataFileState(file) === 'encrypted';
  if (encrypted && !key) return undefined;
  let connection;
  try {
    connection = openConnection(file, { readonly: true, key: encrypted ? (key ?? undefined) : undefined });
    return fileIdOf(connection.db);
  } catch {
    return encrypted ? undefined : null;
  } finally {
    connection?.db.close();
  }
}
