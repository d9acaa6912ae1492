import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openConnection } from '../connection';
import { dataFileState } from '../encryption/unlock';
import { fileIdOf } from './file-id';

export interface BackupContents {
  homes: number;
  reviews: number;
}

/** What one look inside a backup finds: whose it is and what it holds. */
export interface BackupInside {
  /**
   * The id of the data file it was taken of; null when it has none (taken before files had ids) or is a
   * plain file that cannot be read; undefined when it is encrypted and this key does not open it, so it
   * is another file's.
   */
  fileId: string | null | undefined;
  /** How many homes and reviews it holds; null when it cannot be read (with this key). */
  contents: BackupContents | null;
}

function countsIn(db: Database): BackupContents {
  const count = (table: string) => {
    const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table);
    return exists ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
  };
  return { homes: count('homes'), reviews: count('reviews') };
}

/**
 * Opens a backup once, read-only, and reads both whose it is and what it holds: listing the backups
 * needs both, and each open of an encrypted file costs more than the reads.
 */
export function lookInside(file: string, key?: Buffer | null): BackupInside {
  const encrypted = dataFileState(file) === 'encrypted';
  if (encrypted && !key) return { fileId: undefined, contents: null };
  let connection;
  try {
    connection = openConnection(file, { readonly: true, key: encrypted ? (key ?? undefined) : undefined });
    return { fileId: fileIdOf(connection.db), contents: countsIn(connection.db) };
  } catch {
    return { fileId: encrypted ? undefined : null, contents: null };
  } finally {
    connection?.db.close();
  }
}

export const fileIdIn = (file: string, key?: Buffer | null) => lookInside(file, key).fileId;
export const backupContents = (file: string, key?: Buffer | null) => lookInside(file, key).contents;
