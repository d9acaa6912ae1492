import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { HomeCopies } from '../../contract/home-file';
import { todayIso } from '../../contract/rules/dates';
import { integrityCheck, openConnection } from '../connection';
import { listBackups } from '../backups/backups';
import { earlierBackupFolders } from '../backups/earlier-folders';
import { fileIdOf } from '../backups/file-id';
import { dataFileState, keyFor } from '../encryption/unlock';
import { listSetAsides } from '../safety/set-asides';
import { deleteHomeRows } from './delete-home';
import { homeTables } from './home-tables';

/** What identifies a home in every copy of its data file: its id with the moment it was created. */
export interface HomeIdentity {
  id: number;
  createdAt: string;
  name: string;
}

export interface CopiesContext {
  dataFile: string;
  backupsDir: string;
  /** The live data file's own id: copies of another data file never count, and are never changed. */
  fileId: string | null;
  key: Buffer | null;
}

type Kind = 'backups' | 'earlierFolders' | 'restoreCopies' | 'setAsides';

interface Candidate {
  file: string;
  kind: Kind;
  takenAt: Date | null;
  /** Beside the data file (a restore's copy or a set-aside): this file's own, even without an id. */
  beside: boolean;
}

interface HomeRow {
  id: number;
  name: string;
  created_at: string;
}

/** A copy that holds the home: the rows to remove from it (more than one only by name). */
interface Holding extends Candidate {
  homeIds: number[];
}

const RESTORE_LABELS = ['before-restore', 'undone-restore'];

function restoreCopies(dataFile: string): Candidate[] {
  const base = path.basename(dataFile);
  let names: string[] = [];
  try {
    names = readdirSync(path.dirname(dataFile));
  } catch {
    return [];
  }
  return names
    .filter((n) => RESTORE_LABELS.some((label) => n.startsWith(`${base}.${label}-`)))
    .filter((n) => !/-(wal|shm|journal)$/.test(n))
    .map((n) => ({
      file: path.join(path.dirname(dataFile), n),
      kind: 'restoreCopies',
      takenAt: null,
      beside: true,
    }));
}

function candidates(context: CopiesContext): Candidate[] {
  const inFolder = (folder: string, kind: Kind): Candidate[] =>
    listBackups(folder).map((b) => ({ file: b.file, kind, takenAt: b.takenAt, beside: false }));
  return [
    ...inFolder(context.backupsDir, 'backups'),
    ...earlierBackupFolders(context.dataFile, context.backupsDir).flatMap((f) =>
      inFolder(f, 'earlierFolders'),
    ),
    ...restoreCopies(context.dataFile),
    ...listSetAsides(context.dataFile).map((a): Candidate => ({
      file: a.file,
      kind: 'setAsides',
      takenAt: null,
      beside: true,
    })),
  ];
}

/** The homes in a copy and whose copy it is; null when it cannot be read. */
function readCopy(file: string, key: Buffer | null): { fileId: string | null; homes: HomeRow[] } | null {
  let connection;
  try {
    connection = openConnection(file, { readonly: true, key: keyFor(file, key) });
    const homes = connection.db.prepare('SELECT id, name, created_at FROM homes').all() as HomeRow[];
    return { fileId: fileIdOf(connection.db), homes };
  } catch {
    return null;
  } finally {
    connection?.db.close();
  }
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/**
 * Every copy that holds the home. In this data file's own copies it is found by its id and creation
 * moment, whatever it was called then; in copies whose file is unknown (taken before files had ids), by
 * any name it had in its own copies. Copies of another data file are never matched: their homes are
 * theirs. A copy beside the data file that cannot be read may hold it, and is listed as unreadable.
 */
export function findHomeCopies(context: CopiesContext, home: HomeIdentity) {
  const read = candidates(context).map((c) => ({ ...c, inside: readCopy(c.file, context.key) }));
  // This data file's own copy: its id, or no id and kept beside the data file (restores, set-asides).
  const own = (r: (typeof read)[number]) =>
    r.inside !== null && (r.inside.fileId === context.fileId || (r.inside.fileId === null && r.beside));
  const isIt = (row: HomeRow) => row.id === home.id && row.created_at === home.createdAt;
  const names = new Set([home.name]);
  for (const r of read) if (own(r)) for (const row of r.inside!.homes.filter(isIt)) names.add(row.name);
  const holding: Holding[] = [];
  const unreadable: string[] = [];
  for (const r of read) {
    if (r.inside === null) {
      // A backup of another file is encrypted with its key; only this file's own copies beside it count.
      if (r.beside || dataFileState(r.file) !== 'encrypted') unreadable.push(r.file);
      continue;
    }
    const byId = own(r) ? r.inside.homes.filter(isIt) : [];
    const byName =
      r.inside.fileId === null
        ? r.inside.homes.filter((row) => [...names].some((n) => sameName(n, row.name)))
        : [];
    const rows = [...new Set([...byId, ...byName].map((row) => row.id))];
    if (rows.length > 0) holding.push({ ...r, homeIds: rows });
  }
  return { holding, unreadable, names: [...names] };
}

/**
 * The last day a backup in the backup folder may still hold the home: one backup a month is kept for 12
 * months, so a backup taken in a month is gone by the first day of the same month a year on, as long as
 * Hallmarks takes a backup each month (the 10 newest are kept too, and go sooner).
 */
function lastAgesOutOn(holding: Holding[]): string | null {
  const months = holding
    .filter((h) => h.kind === 'backups' && h.takenAt)
    .map((h) => todayIso(h.takenAt!).slice(0, 7));
  if (months.length === 0) return null;
  const [year, month] = months.sort().at(-1)!.split('-').map(Number) as [number, number];
  // The day before the first of the same month a year on: the last day of the month before it. A
  // calendar sum on the month's numbers (day 0 of a month is the last day of the one before).
  const last = new Date(Date.UTC(year + 1, month - 1, 0));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
}

const DAY_MS = 86_400_000;

export function summariseCopies(found: ReturnType<typeof findHomeCopies>, now: Date): HomeCopies {
  const count = (kind: Kind) => found.holding.filter((h) => h.kind === kind).length;
  const last = lastAgesOutOn(found.holding);
  const today = todayIso(now);
  return {
    backups: count('backups'),
    earlierFolders: count('earlierFolders'),
    restoreCopies: count('restoreCopies'),
    setAsides: count('setAsides'),
    unreadable: found.unreadable,
    folders: [
      ...new Set(
        found.holding
          .filter((h) => h.kind === 'backups' || h.kind === 'earlierFolders')
          .map((h) => path.dirname(h.file)),
      ),
    ],
    lastAgesOutOn: last,
    daysLeft: last ? Math.round((Date.parse(last) - Date.parse(today)) / DAY_MS) : null,
  };
}

/** Removes the home's rows from one copy, overwriting what they held, and checks the copy after. */
function removeFrom(file: string, homeIds: number[], key: Buffer | null): void {
  const { db } = openConnection(file, { key: keyFor(file, key) });
  try {
    // A backup stays a single file: no write-ahead log left beside it.
    db.pragma('journal_mode = DELETE');
    db.transaction(() => {
      const tables = homeTables(db);
      for (const id of homeIds) deleteHomeRows(db, tables, id);
    })();
    db.exec('VACUUM'); // secure_delete zeroed the freed content; VACUUM drops the freed pages too
    const check = integrityCheck(db);
    if (check !== 'ok') throw new Error(`The copy failed its check after the change: ${check}`);
  } finally {
    db.close();
  }
}

/**
 * "Remove this home from backups too": every readable copy that holds it is changed in place, in one
 * transaction each (a kill leaves the copy as it was, or without the home). A copy that cannot be changed
 * (a damaged one set aside) is left as it is and named, for the manager to delete.
 */
export function removeFromCopies(
  found: ReturnType<typeof findHomeCopies>,
  key: Buffer | null,
): { removed: number; failed: string[] } {
  const failed: string[] = [];
  let removed = 0;
  for (const copy of found.holding) {
    try {
      removeFrom(copy.file, copy.homeIds, key);
      removed++;
    } catch {
      failed.push(copy.file);
    }
  }
  return { removed, failed };
}

export function homeIdentity(db: Database, id: number): HomeIdentity {
  return db
    .prepare('SELECT id, name, created_at AS createdAt FROM homes WHERE id = ?')
    .get(id) as HomeIdentity;
}
