import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';

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
