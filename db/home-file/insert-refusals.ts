import { describeStorageError } from '../../contract/storage-errors';
import { ServiceError } from '../../contract/result';
import { damagedFile } from './damaged-file';

/** What the database's refusal of a row means, in words about the file rather than SQLite's. */
const WORDS: [RegExp, string][] = [
  [/NOTNULL/, 'a value that must be filled in is empty'],
  [/UNIQUE|PRIMARYKEY/, 'a record appears twice'],
  [/FOREIGNKEY/, 'a record points at one the file does not hold'],
  [/CHECK/, 'a value the app never stores'],
  [/DATATYPE|MISMATCH/, 'a value of the wrong kind'],
];

/**
 * Turns a failure while a home file's rows are inserted into the one clear refusal, saying where. A
 * full or read-only disk is not the file's fault, so those are passed on to be described as they are.
 */
export function insertRefusal(error: unknown, where: string, onlySqlite = true): unknown {
  if (error instanceof ServiceError || describeStorageError(error)) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  // Inserting, only the database's refusal of a row is the file's fault; anything else (a bug, a failed
  // write) goes on as itself, so it is neither blamed on the file nor hidden.
  if (onlySqlite && !code.startsWith('SQLITE_')) return error;
  const what = WORDS.find(([pattern]) => pattern.test(code))?.[1] ?? 'a record this version cannot store';
  return damagedFile(what, where);
}

/** Runs `read`, turning anything but a refusal or a disk problem into the damaged-file refusal. */
export function readingFile<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw insertRefusal(error, 'the whole file', false);
  }
}
