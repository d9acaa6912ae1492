import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { RestoreOutcome } from '../../contract/backups';
import { todayIso } from '../../contract/rules/dates';
import { integrityCheck, openConnection } from '../connection';
import { keyFor } from '../encryption/unlock';
import { listSetAsides } from '../safety/set-asides';
import { fileIdOf } from './file-id';
import { backupContents, lookInside, type BackupContents } from './look-inside';
import { makePrivate, makePrivateFolder } from '../private-files';

export type BackupReason = 'daily' | 'before-upgrade' | 'manual' | 'after-sign-off' | 'activity' | 'on-quit';

export interface BackupFile {
  file: string;
  takenAt: Date;
  reason: string;
  /** What it holds, when the listing looked inside it (to tell whose it is); see lookInside. */
  contents?: BackupContents | null;
}

/** "<data file's name>-<UTC stamp>-<reason>.sqlite"; backups from before were all named "hallmarks-…". */
const NAME = /^(.+)-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.sqlite$/;

/** The data file's name without its extension, kept to characters every file system accepts. */
export const backupStem = (dataFile: string) =>
  path.basename(dataFile, path.extname(dataFile)).replace(/[^\p{L}\p{N}_ .()-]+/gu, '_') || 'hallmarks';

function stamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-26T07:06:59.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
}

/**
 * Writes a consistent copy of the live database with VACUUM INTO (never a copy of the live file, which
 * could catch it mid-write), checks the copy's integrity, and only then gives it its final name. From an
 * encrypted connection the copy is encrypted with the same key (SQLite3MultipleCiphers' VACUUM INTO), and
 * is checked through the same connection, which opens it with that key.
 */
export function createBackup(db: Database, dir: string, reason: BackupReason, now = new Date()): string {
  makePrivateFolder(dir);
  // Named after the file it copies (db.name is its path), so two files sharing a folder can be told apart.
  const final = path.join(dir, `${backupStem(db.name)}-${stamp(now)}-${reason}.sqlite`);
  const temporary = `${final}.partial`;
  rmSync(temporary, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    makePrivate(temporary);
    const result = checkAttached(db, temporary);
    if (result !== 'ok') throw new Error(`The backup failed its integrity check: ${result}`);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, final);
  return final;
}

/** An attached file without a KEY clause is read with the main database's key. */
function checkAttached(db: Database, file: string): string {
  db.prepare('ATTACH DATABASE ? AS backup_check').run(file);
  try {
    const rows = db.pragma('backup_check.integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.prepare('DETACH DATABASE backup_check').run();
  }
}

/** Removes half-written backups left by a failed attempt (a crash or a full disk). */
export function removePartialBackups(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (NAME.test(name.slice(0, -'.partial'.length)) && name.endsWith('.partial'))
      rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Backups in the folder, newest first; with `fileId`, only those of that data file (and those taken
 * before files had ids, which cannot be told apart).
 */
export function listBackups(dir: string, fileId?: string | null, key?: Buffer | null): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, , d = '', t = '', ms = '', reason = ''] = m;
    const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}.${ms}Z`;
    found.push({ file: path.join(dir, name), takenAt: new Date(iso), reason });
  }
  // One look inside each tells whose it is and what it holds, kept for the caller (one open each).
  const owned = fileId
    ? found
        .map((b) => ({ b, inside: lookInside(b.file, key) }))
        .filter(({ inside }) => inside.fileId === null || inside.fileId === fileId)
        .map(({ b, inside }) => ({ ...b, contents: inside.contents }))
    : found;
  return owned.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** How many homes and reviews the open data holds, as a restore reports them. */
export function countHomesAndReviews(db: Database): RestoreOutcome {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { homes: count('homes'), reviews: count('reviews') };
}

export interface PruneOptions {
  keepRecent?: number;
  keepMonths?: number;
  /** The live data file: the newest backup taken before each damaged copy of it was set aside is kept. */
  dataFile?: string;
  /** The data key, to read encrypted backups. */
  key?: Buffer | null;
  /** The live data file's id: only its own backups are counted and pruned, never another file's. */
  fileId?: string | null;
}

/** Backups of a database with no homes in it kept at most; they never count against the good ones. */
const KEEP_EMPTY = 2;

/**
 * Keeps the 10 newest backups, plus the newest of each of the last 12 months with a backup, so a
 * problem noticed weeks later can still be undone. Backups holding no homes are kept apart (the newest
 * two), so a fresh empty database can never push good backups out; and the newest backup taken before
 * a damaged file was set aside is always kept, since it is the one to restore. Deletes the rest.
 */
export function pruneBackups(dir: string, options: PruneOptions = {}): string[] {
  const { keepRecent = 10, keepMonths = 12 } = options;
  const all = listBackups(dir, options.fileId, options.key);
  const holds = (b: BackupFile) =>
    b.contents !== undefined ? b.contents : backupContents(b.file, options.key);
  const empty = all.filter((b) => holds(b)?.homes === 0);
  const good = all.filter((b) => !empty.includes(b));
  const keep = new Set([...good.slice(0, keepRecent), ...empty.slice(0, KEEP_EMPTY)].map((b) => b.file));
  const months = new Set<string>();
  for (const b of good) {
    const month = todayIso(b.takenAt).slice(0, 7);
    if (months.has(month) || months.size >= keepMonths) continue;
    months.add(month);
    keep.add(b.file);
  }
  for (const aside of options.dataFile ? listSetAsides(options.dataFile) : []) {
    const before = good.find((b) => b.takenAt < aside.at);
    if (before) keep.add(before.file);
  }
  const removed = all.filter((b) => !keep.has(b.file)).map((b) => b.file);
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}

/**
 * Takes the day's first backup; later starts on the same day take none. The day is the home's day in
 * Europe/London (file names keep the unambiguous UTC time).
 */
export function ensureDailyBackup(
  db: Database,
  dir: string,
  now = new Date(),
  dataFile?: string,
  key?: Buffer | null,
): string | null {
  const today = todayIso(now);
  const fileId = fileIdOf(db);
  if (listBackups(dir, fileId, key).some((b) => todayIso(b.takenAt) === today)) return null;
  const file = createBackup(db, dir, 'daily', now);
  pruneBackups(dir, { dataFile, fileId, key });
  return file;
}

/**
 * Puts a backup in place of the database file. The file being replaced is kept beside it under a dated
 * name, so the restore can be undone; its -wal is first folded into it (or, if it cannot be opened, moved
 * aside with it), so no stale journal is ever replayed over the restored copy. The backup is copied to a
 * temporary name first and renamed into place last: a crash at any point leaves either the old file or
 * a complete copy that the next start puts in place (finishInterruptedRestore).
 */
export function restoreBackup(
  file: string,
  backup: string,
  now = new Date(),
  label = 'before-restore',
  key: Buffer | null = null,
): { setAside: string | null } {
  const check = openConnection(backup, { readonly: true, key: keyFor(backup, key) });
  try {
    const result = integrityCheck(check.db);
    if (result !== 'ok') throw new Error(`That backup is damaged too (${result}); choose another.`);
  } finally {
    check.db.close();
  }
  const temporary = `${file}.restoring`;
  copyDurably(backup, temporary);
  if (existsSync(file) && existsSync(`${file}-wal`)) foldJournal(file, key);
  let setAside: string | null = null;
  const aside = `${file}.${label}-${stamp(now)}`;
  for (const suffix of ['-wal', '-shm', '']) {
    if (!existsSync(file + suffix)) continue;
    renameSync(file + suffix, aside + suffix);
    if (suffix === '') setAside = aside;
  }
  renameSync(temporary, file);
  return { setAside };
}

function copyDurably(from: string, to: string) {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Checkpoints a file's -wal into it; closing the last connection removes the -wal. */
function foldJournal(file: string, key: Buffer | null) {
  try {
    const { db } = openConnection(file, { key: keyFor(file, key) });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } catch {
    // A damaged file: its journal files are moved aside with it instead.
  }
}

/** Completes a restore a crash interrupted after the old file was moved aside; drops a half-made copy. */
export function finishInterruptedRestore(file: string, key: Buffer | null = null): void {
  const temporary = `${file}.restoring`;
  if (!existsSync(temporary)) return;
  if (existsSync(file)) return rmSync(temporary, { force: true });
  let complete = false;
  try {
    const copy = openConnection(temporary, { readonly: true, key: keyFor(temporary, key) });
    complete = integrityCheck(copy.db) === 'ok';
    copy.db.close();
  } catch {
    complete = false;
  }
  if (complete) renameSync(temporary, file);
  else rmSync(temporary, { force: true });
}
