import Database from 'better-sqlite3-multiple-ciphers';
import { log } from './log/logger';

export interface ConnectionOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron in development); default: the package's own. */
  nativeBinding?: string;
  readonly?: boolean;
  /** The 256-bit data key of an encrypted file; without it the file is opened as plain SQLite. */
  key?: Buffer;
}

export interface Connection {
  db: Database.Database;
  /** "wal" normally. Anything else means the folder can't share memory between processes (network or cloud drive). */
  journalMode: string;
}

/** Opens a database with the settings that keep a manager's work safe through a crash or power cut. */
export function openConnection(file: string, options: ConnectionOptions = {}): Connection {
  const settings = {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  };
  // The key must come before anything reads the file, on every connection.
  const db = options.key ? openKeyed(file, settings, options.key).db : new Database(file, settings);
  try {
    db.pragma('busy_timeout = 5000');
    // Up to 32 MB of pages, taken only as used: a page read again comes from this cache, already
    // decrypted, instead of being read and decrypted again (SQLite's default, 2 MB, is smaller than the
    // data of 50 homes, and the provider view then cost 1.8 times a plain file; 0.9 with this).
    db.pragma('cache_size = -32000');
    // Sorts, temporary tables and VACUUM's working copy stay in memory: a temporary file would be one
    // more place a home's text could reach the disk, outside the encrypted file.
    db.pragma('temp_store = MEMORY');
    const journalMode = options.readonly
      ? String(db.pragma('journal_mode', { simple: true }))
      : String(db.pragma('journal_mode = WAL', { simple: true }));
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON'); // deleted and edited text is overwritten, not left in free space
    // A read-only look at a backup reports that file's own mode; only the live database must be WAL.
    if (!options.readonly && journalMode !== 'wal') log.warn('journal_mode_not_wal', { journalMode });
    return { db, journalMode };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * How the data key is given to the cipher. 'raw': used as it is, the cipher's own key derivation skipped
 * (the key is already 256 random bits, so stretching it again adds nothing but 25 ms to every open).
 * 'stretched': the form files were encrypted with before, through the cipher's PBKDF2 (64,007 rounds).
 */
export type KeyForm = 'raw' | 'stretched';

/**
 * SQLite3MultipleCiphers' ChaCha20-Poly1305 cipher (named, not left to the library's default, so an
 * upgrade cannot change it): every page of the database and its WAL is encrypted and authenticated.
 */
export function applyKey(db: Database.Database, key: Buffer, form: KeyForm = 'raw'): void {
  db.pragma("cipher = 'chacha20'");
  db.pragma(keyPragma('key', key, form));
}

/** `PRAGMA key` or `rekey` with the key in the given form; x'…' is the cipher's raw-key syntax. */
export function keyPragma(name: 'key' | 'rekey', key: Buffer, form: KeyForm): string {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes.');
  const hex = key.toString('hex'); // only 0-9 and a-f: nothing to escape
  return form === 'raw' ? `${name} = "x'${hex}'"` : `hex${name} = '${hex}'`;
}

const WRONG_KEY_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * Opens an encrypted file with its key: the raw form first, then, for a file encrypted before this
 * version, the stretched form (openDatabase re-encrypts such a file with the raw key, see
 * encrypt-in-place.ts). A key that opens it neither way gets the raw form's error. A wrong form changes nothing: the first read fails
 * its authentication, and a hot journal is left whole for the right form to roll back.
 */
export function openKeyed(
  file: string,
  settings: Database.Options,
  key: Buffer,
): { db: Database.Database; form: KeyForm } {
  let firstError: unknown;
  for (const form of ['raw', 'stretched'] as const) {
    const db = new Database(file, settings);
    try {
      applyKey(db, key, form);
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return { db, form };
    } catch (error) {
      db.close();
      firstError ??= error;
      if (!WRONG_KEY_CODES.has(String((error as { code?: unknown }).code))) break;
    }
  }
  throw firstError;
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
 * A consistent copy of the data file at `destination` (VACUUM INTO), made through a read-only connection,
 * so the copy never writes to the manager's file and works while the app has it open. An encrypted file's
 * copy is encrypted with the same key.
 */
export async function snapshotFile(file: string, destination: string, key?: Buffer): Promise<void> {
  const { db } = openConnection(file, { readonly: true, key });
  try {
    db.prepare('VACUUM INTO ?').run(destination);
  } finally {
    db.close();
  }
}
