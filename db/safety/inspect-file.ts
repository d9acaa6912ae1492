import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openKeyed } from '../connection';
import { NewerDatabaseError } from '../migrate';
import type { Migration } from '../migrations';
import { cannotUseFile, isAFolder, notHallmarks, StoreOpenError } from './open-errors';

/** Written into every Hallmarks file's header ("HMRK"), so another program's database is never mistaken for ours. */
export const HALLMARKS_APPLICATION_ID = 0x484d524b;

export type Inspection =
  | { kind: 'new' }
  | { kind: 'hallmarks' }
  /** A Hallmarks file SQLite cannot read, or with part of it missing; `detail` says which. */
  | { kind: 'damaged'; detail: string };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Text every Hallmarks file holds near its start, even with the header wiped. */
const SIGNATURES = ['CREATE TABLE homes', 'CREATE TABLE preferences'];
const SCAN_BYTES = 256 * 1024;
const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

function readStart(file: string, size: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, SCAN_BYTES));
    readSync(fd, buffer, 0, buffer.length, 0);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/**
 * A file without SQLite's header is taken for damaged Hallmarks data only if it still holds Hallmarks'
 * table definitions, or is binary and a whole number of pages (what a failing disk leaves); anything else,
 * such as a text file chosen by mistake, is another program's and is left alone.
 */
function looksLikeDamagedDatabase(start: Buffer, size: number): boolean {
  const text = start.toString('latin1');
  if (SIGNATURES.every((s) => text.includes(s))) return true;
  // No `size >= 512`: an empty file holds no zero byte, so a whole number of pages is at least one.
  return size % 512 === 0 && start.includes(0);
}

type Schema = Map<string, string | null>;

function schemaOf(db: Database.Database): Schema {
  const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all() as {
    name: string;
    sql: string | null;
  }[];
  return new Map(rows.map((r) => [r.name, r.sql]));
}

/**
 * Schemas already worked out, per list of migrations, by version and native binding: running every
 * migration in memory was more than half of each open (1,139 of 2,475 ms over 31 opens, profiled).
 */
const knownSchemas = new WeakMap<readonly Migration[], Map<string, ReadonlyMap<string, string | null>>>();

/** The schema a fresh install has after the first `version` migrations (worked out once per run). */
function expectedSchema(
  migrations: readonly Migration[],
  version: number,
  nativeBinding?: string,
): ReadonlyMap<string, string | null> {
  const byKey = knownSchemas.get(migrations) ?? new Map<string, ReadonlyMap<string, string | null>>();
  knownSchemas.set(migrations, byKey);
  const key = `${version} ${nativeBinding ?? ''}`;
  const known = byKey.get(key);
  if (known) return known;
  const db = new Database(':memory:', { nativeBinding });
  try {
    for (const m of migrations.slice(0, version)) db.exec(m.sql);
    const schema = schemaOf(db);
    byKey.set(key, schema);
    return schema;
  } finally {
    db.close();
  }
}

/**
 * Files written before Hallmarks stamped its id: recognised by the first migration's tables, exactly as a
 * fresh install has them at the file's version (the strict-tables step rebuilds them, changing their SQL).
 */
function isUnstampedHallmarks(
  actual: Schema,
  first: ReadonlyMap<string, string | null>,
  atVersion: ReadonlyMap<string, string | null>,
): boolean {
  return [...first.keys()].every((name) => actual.get(name) === atVersion.get(name));
}

/**
 * Looks at a data file before anything writes to it: whether it is new, a Hallmarks file (and not from a
 * newer version), another program's file (refused untouched), or a damaged Hallmarks file (to set aside).
 */
export function inspectDataFile(
  file: string,
  migrations: readonly Migration[],
  nativeBinding?: string,
  key?: Buffer | null,
): Inspection {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw isAFolder(file);
    size = stat.size;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return checkWritable(file, { kind: 'new' });
    if (error instanceof StoreOpenError) throw error;
    throw cannotUseFile(file, error);
  }
  if (size === 0) return checkWritable(file, { kind: 'new' });

  let start: Buffer;
  try {
    start = readStart(file, size);
  } catch (error) {
    throw cannotUseFile(file, error);
  }
  const plain = start.length >= 100 && start.subarray(0, 16).equals(MAGIC);
  // An encrypted file's header is unreadable without the key: it is judged by what SQLite reads with it.
  if (!plain && key) return checkWritable(file, inspectContents(file, null, migrations, nativeBinding, key));
  if (!plain) {
    if (looksLikeDamagedDatabase(start, size))
      return { kind: 'damaged', detail: 'its first page is unreadable' };
    throw notHallmarks(file);
  }
  const header = { applicationId: start.readUInt32BE(68), version: start.readUInt32BE(60) };
  checkIdentity(file, header, migrations.length);
  return checkWritable(file, inspectContents(file, header, migrations, nativeBinding));
}

/** Refuses another program's file, and one from a newer version, before anything is written. */
function checkIdentity(file: string, found: { applicationId: number; version: number }, latest: number) {
  if (found.applicationId !== HALLMARKS_APPLICATION_ID && found.applicationId !== 0) throw notHallmarks(file);
  if (found.version > latest) {
    if (found.applicationId === 0) throw notHallmarks(file);
    throw new StoreOpenError(new NewerDatabaseError(found.version, latest).message, null, 'newer');
  }
}

/**
 * After a crash the -wal legitimately holds committed changes the file's header does not show yet (a
 * migration, the stamp). Only a view no Hallmarks file can reach is a journal from another database:
 * another program's id, the stamp taken away, or the version going backwards.
 */
function isForeignJournal(
  header: { applicationId: number; version: number },
  seen: { applicationId: number; version: number },
): boolean {
  if (seen.applicationId !== HALLMARKS_APPLICATION_ID && seen.applicationId !== 0) return true;
  if (header.applicationId === HALLMARKS_APPLICATION_ID && seen.applicationId !== HALLMARKS_APPLICATION_ID)
    return true;
  return seen.version < header.version;
}

function inspectContents(
  file: string,
  fileHeader: { applicationId: number; version: number } | null,
  migrations: readonly Migration[],
  nativeBinding?: string,
  key?: Buffer | null,
  rolledBack = false,
): Inspection {
  let db: Database.Database | undefined;
  try {
    // Read-only: reading replays a -wal left by a crash in memory, changing nothing on disk.
    const settings = { readonly: true, fileMustExist: true, nativeBinding };
    db = key ? openKeyed(file, settings, key).db : new Database(file, settings);
    const check = (db.pragma('quick_check') as { quick_check: string }[])
      .map((r) => r.quick_check)
      .join('; ');
    if (check !== 'ok') return { kind: 'damaged', detail: `SQLite's check found: ${check.slice(0, 300)}` };
    // The -wal may hold committed changes not yet in the file's header (a migration, the stamp).
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const header = fileHeader ?? { applicationId, version };
    if (isForeignJournal(header, { applicationId, version })) {
      return { kind: 'damaged', detail: 'its journal (the -wal file) belongs to another database' };
    }
    checkIdentity(file, { applicationId, version }, migrations.length);
    const actual = schemaOf(db);
    if (applicationId === 0) {
      if (version === 0 && actual.size === 0) return { kind: 'new' };
      if (
        version === 0 ||
        !isUnstampedHallmarks(
          actual,
          expectedSchema(migrations, 1, nativeBinding),
          expectedSchema(migrations, version, nativeBinding),
        )
      )
        throw notHallmarks(file);
    }
    const missing = [...expectedSchema(migrations, version, nativeBinding).keys()].filter(
      (name) => !actual.has(name),
    );
    if (missing.length > 0)
      return { kind: 'damaged', detail: `part of it is missing (${missing.join(', ')})` };
    return { kind: 'hallmarks' };
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    // A kill mid-write in rollback-journal mode (a new file's first start, the encryption's rekey) leaves a
    // hot -journal that a read-only connection may not replay: replay it as any read-write open would.
    if (!rolledBack && String((error as { code?: string }).code) === 'SQLITE_READONLY_ROLLBACK') {
      db?.close();
      db = undefined;
      rollBackHotJournal(file, nativeBinding, key);
      return inspectContents(file, fileHeader, migrations, nativeBinding, key, true);
    }
    if (CORRUPT.has(String((error as { code?: string }).code)))
      return { kind: 'damaged', detail: 'SQLite cannot read it' };
    throw cannotUseFile(file, error);
  } finally {
    db?.close();
  }
}

/** Opens the file read-write once, so SQLite rolls back the unfinished transaction its hot -journal holds. */
function rollBackHotJournal(file: string, nativeBinding?: string, key?: Buffer | null): void {
  const settings = { fileMustExist: true, nativeBinding };
  // Keyed, the first read (in openKeyed) is what rolls the journal back.
  const db = key ? openKeyed(file, settings, key).db : new Database(file, settings);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } finally {
    db.close();
  }
}

/** The file and its folder must take writes (the folder holds the -wal journal), or saving would fail later. */
function checkWritable(file: string, inspection: Inspection): Inspection {
  try {
    if (inspection.kind !== 'new') accessSync(file, constants.W_OK);
    accessSync(path.dirname(file), constants.W_OK);
  } catch (error) {
    throw cannotUseFile(file, error);
  }
  return inspection;
}
