import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { integrityCheck, keyPragma, openConnection, openKeyed } from '../connection';
import { syncFolder } from './key-file';
import { dataFileState } from './unlock';

/** What a person sees while an older, plain data file is encrypted on the first start of this version. */
export type EncryptionProgress = (step: number, of: number, what: string) => void;

const encryptingCopy = (file: string) => `${file}.encrypting`;

/** A half-made encrypted copy left by a kill; the plain file beside it is still whole and is used instead. */
export function removeUnfinishedEncryption(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm'])
    rmSync(encryptingCopy(file) + suffix, { force: true });
}

function rowCounts(file: string, key?: Buffer): Map<string, number> {
  const { db } = openConnection(file, { readonly: true, key });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const counts = new Map<string, number>();
    for (const table of tables)
      counts.set(
        table,
        db
          .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
          .pluck()
          .get() as number,
      );
    counts.set('user_version', db.pragma('user_version', { simple: true }) as number);
    return counts;
  } finally {
    db.close();
  }
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([name, n]) => b.get(name) === n);
}

function flush(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a copy of a SQLite file beside it encrypted with the key in its raw form, and checks it (SQLite's
 * integrity check, the raw form, and the same rows in every table as the file); the file is untouched.
 * `sourceKey` is null for a plain file, the same key for one encrypted in the older stretched form.
 */
function writeEncryptedCopy(
  file: string,
  key: Buffer,
  sourceKey: Buffer | null,
  progress: EncryptionProgress,
  of: number,
): string {
  const copy = encryptingCopy(file);
  removeUnfinishedEncryption(file);
  progress(1, of, 'Copying your data');
  // Read-write, so that closing it folds the file's -wal into it.
  const source = openConnection(file, { key: sourceKey ?? undefined });
  try {
    source.db.prepare('VACUUM INTO ?').run(copy);
  } finally {
    source.db.close();
  }
  progress(2, of, 'Encrypting the copy');
  const target = openConnection(copy, { key: sourceKey ?? undefined });
  try {
    target.db.pragma('journal_mode = DELETE'); // the cipher cannot rekey a file in WAL mode
    target.db.pragma("cipher = 'chacha20'");
    target.db.pragma(keyPragma('rekey', key, 'raw'));
  } finally {
    target.db.close();
  }
  progress(3, of, 'Checking the encrypted copy');
  if (dataFileState(copy) !== 'encrypted') throw new Error('The copy was not encrypted.');
  const check = openKeyed(copy, { readonly: true, fileMustExist: true }, key);
  try {
    if (check.form !== 'raw') throw new Error('The copy was not encrypted with the raw key.');
    const result = integrityCheck(check.db);
    if (result !== 'ok') throw new Error(`The encrypted copy failed its check: ${result}`);
  } finally {
    check.db.close();
  }
  if (!sameCounts(rowCounts(file, sourceKey ?? undefined), rowCounts(copy, key)))
    throw new Error('The encrypted copy does not hold the same rows as the data file.');
  flush(copy);
  return copy;
}

/** Puts the checked copy in place of the file in one step (a rename), with no journal left to replay. */
function replaceWithCopy(file: string, copy: string): void {
  // Closing the last connection folded the -wal into the file; a journal left now would be replayed
  // over the copy, so it must be empty or absent.
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) throw new Error('The data file is still in use.');
  rmSync(wal, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(copy, file);
  syncFolder(path.dirname(file));
  removeUnfinishedEncryption(file);
}

/**
 * Encrypts a plain data file in place: an encrypted copy is made and verified beside it, then renamed
 * over it in one step. A kill at any moment leaves the plain file (and a leftover copy the next start
 * removes) or the encrypted file, never neither. The key file must already be written.
 */
export function encryptInPlace(file: string, key: Buffer, progress: EncryptionProgress = () => {}): void {
  const of = 4;
  const copy = writeEncryptedCopy(file, key, null, progress, of);
  progress(4, of, 'Putting the encrypted copy in place');
  replaceWithCopy(file, copy);
}

/** Whether an encrypted file opens only with the key in the stretched form of earlier versions. */
export function isStretchedForm(file: string, key: Buffer): boolean {
  if (dataFileState(file) !== 'encrypted') return false;
  try {
    const { db, form } = openKeyed(file, { readonly: true, fileMustExist: true }, key);
    db.close();
    return form === 'stretched';
  } catch {
    return false; // another file's, or damaged: not this step's to change
  }
}

/**
 * Re-encrypts a file encrypted before this version (the key stretched by the cipher, 25 ms each open) with
 * the key in its raw form, by the same verified copy and rename: a kill leaves the old file or the new.
 */
export function reencryptWithRawKey(file: string, key: Buffer): boolean {
  if (!isStretchedForm(file, key)) return false;
  replaceWithCopy(
    file,
    writeEncryptedCopy(file, key, key, () => {}, 4),
  );
  return true;
}

/** Encrypts a plain backup the same way, so no copy of the data stays readable. */
export function encryptPlainFile(file: string, key: Buffer): boolean {
  if (dataFileState(file) !== 'plain') return false;
  encryptInPlace(file, key);
  return true;
}
