import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDailyBackup, listBackups, pruneBackups } from './backups';
import { openConnection } from '../connection';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** A small database holding one home: a backup worth keeping (ones with no homes are kept apart). */
function withOneHome(file: string) {
  const { db } = openConnection(file);
  db.exec("CREATE TABLE homes (name TEXT); INSERT INTO homes VALUES ('Oak');");
  return db;
}

let template = '';
/** A copy of that database named like a backup taken at `iso`: retention reads the time from the name. */
function fakeBackup(dir: string, iso: string, reason = 'daily'): string {
  if (!template || !existsSync(template)) {
    template = path.join(tempFolder(), 'template.sqlite');
    const db = withOneHome(template);
    db.pragma('journal_mode = DELETE'); // a single file, like a real backup
    db.close();
  }
  const d = new Date(iso).toISOString();
  const name = `hallmarks-${d.slice(0, 10).replaceAll('-', '')}-${d.slice(11, 19).replaceAll(':', '')}-${d.slice(20, 23)}-${reason}.sqlite`;
  copyFileSync(template, path.join(dir, name));
  return path.join(dir, name);
}

function folderWithBackups(...isos: string[]): string {
  const dir = path.join(tempFolder(), 'backups');
  mkdirSync(dir, { recursive: true });
  for (const iso of isos) fakeBackup(dir, iso);
  return dir;
}

describe('listing backups', () => {
  it('lists only backup files, newest first to the millisecond, with the time and reason from the name', () => {
    const dir = folderWithBackups('2026-03-01T09:00:00.001Z', '2026-03-01T09:00:00.002Z');
    fakeBackup(dir, '2026-02-01T10:20:30.456Z', 'before-upgrade');
    for (const other of [
      'notes.txt',
      'hallmarks-20260301-090000-003-daily.sqlite.partial',
      'hallmarks.sqlite',
    ])
      writeFileSync(path.join(dir, other), '');
    const list = listBackups(dir);
    expect(list.map((b) => [b.takenAt.toISOString(), b.reason, path.basename(b.file)])).toEqual([
      ['2026-03-01T09:00:00.002Z', 'daily', 'hallmarks-20260301-090000-002-daily.sqlite'],
      ['2026-03-01T09:00:00.001Z', 'daily', 'hallmarks-20260301-090000-001-daily.sqlite'],
      ['2026-02-01T10:20:30.456Z', 'before-upgrade', 'hallmarks-20260201-102030-456-before-upgrade.sqlite'],
    ]);
    expect(path.dirname(list[0]!.file)).toBe(dir);
  });

  it('is empty when the folder does not exist yet', () => {
    expect(listBackups(path.join(tempFolder(), 'missing'))).toEqual([]);
  });
});

describe('pruning backups', () => {
  it('keeps everything while there are no more than the recent allowance', () => {
    const dir = folderWithBackups('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z');
    expect(pruneBackups(dir, { keepRecent: 3, keepMonths: 0 })).toEqual([]);
    expect(listBackups(dir)).toHaveLength(3);
  });

  it('deletes the oldest beyond the recent allowance and says which it deleted', () => {
    const dir = folderWithBackups('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z');
    const removed = pruneBackups(dir, { keepRecent: 2, keepMonths: 0 });
    expect(removed.map((file) => path.basename(file))).toEqual([
      'hallmarks-20260101-000000-000-daily.sqlite',
    ]);
    expect(existsSync(removed[0]!)).toBe(false);
    expect(listBackups(dir).map((b) => b.takenAt.toISOString().slice(0, 10))).toEqual([
      '2026-01-03',
      '2026-01-02',
    ]);
  });

  it('keeps the newest backup of each month, up to the monthly allowance, counting months that have one', () => {
    const dir = folderWithBackups(
      '2026-05-20T00:00:00Z',
      '2026-05-02T00:00:00Z',
      '2026-03-31T22:59:59Z', // 23:59:59 BST: still March in London
      '2026-03-01T00:00:00Z',
      '2025-12-15T00:00:00Z',
      '2025-11-15T00:00:00Z',
    );
    pruneBackups(dir, { keepRecent: 1, keepMonths: 3 });
    expect(listBackups(dir).map((b) => b.takenAt.toISOString())).toEqual([
      '2026-05-20T00:00:00.000Z',
      '2026-03-31T22:59:59.000Z',
      '2025-12-15T00:00:00.000Z',
    ]);
  });

  it('keeps ten recent and twelve months by default', () => {
    const isos: string[] = [];
    for (let month = 0; month < 14; month++) isos.push(new Date(Date.UTC(2025, month, 1)).toISOString());
    for (let day = 2; day <= 12; day++) isos.push(new Date(Date.UTC(2026, 1, day)).toISOString());
    const dir = folderWithBackups(...isos);
    pruneBackups(dir);
    const kept = listBackups(dir).map((b) => b.takenAt.toISOString().slice(0, 10));
    // Ten recent, all in February 2026; then the newest of each earlier month until twelve months are kept.
    expect(kept.slice(0, 10)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-02-${String(12 - i).padStart(2, '0')}`),
    );
    expect(kept.slice(10)).toEqual([
      '2026-01-01',
      '2025-12-01',
      '2025-11-01',
      '2025-10-01',
      '2025-09-01',
      '2025-08-01',
      '2025-07-01',
      '2025-06-01',
      '2025-05-01',
      '2025-04-01',
      '2025-03-01',
    ]);
  });
});

describe('the daily backup', () => {
  it('takes one backup per day, then none until the next day', () => {
    const folder = tempFolder();
    const db = withOneHome(path.join(folder, 'live.sqlite'));
    const dir = path.join(folder, 'backups');
    const first = ensureDailyBackup(db, dir, new Date('2026-03-01T00:00:01Z'));
    expect(first).toMatch(/hallmarks-20260301-000001-000-daily\.sqlite$/);
    expect(ensureDailyBackup(db, dir, new Date('2026-03-01T23:59:59Z'))).toBeNull();
    expect(ensureDailyBackup(db, dir, new Date('2026-03-02T00:00:00Z'))).toMatch(/-20260302-/);
    expect(listBackups(dir)).toHaveLength(2);
    db.close();
  });

  it("counts days in the home's time: 00:30 BST is already the next day", () => {
    const folder = tempFolder();
    const db = withOneHome(path.join(folder, 'live.sqlite'));
    const dir = path.join(folder, 'backups');
    // 23:30 on 1 July in London, then 00:30 on 2 July in London: the same UTC day, two home days.
    expect(ensureDailyBackup(db, dir, new Date('2026-07-01T22:30:00Z'))).not.toBeNull();
    expect(ensureDailyBackup(db, dir, new Date('2026-07-01T23:30:00Z'))).not.toBeNull();
    expect(ensureDailyBackup(db, dir, new Date('2026-07-02T08:00:00Z'))).toBeNull();
    expect(listBackups(dir)).toHaveLength(2);
    db.close();
  });

  it("prunes after taking the day's backup", () => {
    const folder = tempFolder();
    const dir = folderWithBackups(
      ...Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, 1, i + 1, 12)).toISOString()),
    );
    const db = withOneHome(path.join(folder, 'live.sqlite'));
    ensureDailyBackup(db, dir, new Date('2026-02-20T08:00:00Z'));
    const kept = listBackups(dir).map((b) => b.takenAt.toISOString().slice(0, 10));
    expect(kept).toHaveLength(10);
    expect(kept[0]).toBe('2026-02-20');
    db.close();
  });
});
