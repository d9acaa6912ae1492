import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../backups/backups';
import { openStore } from '../store';
import { openRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const PAGE = 4096;

/** A Hallmarks file with a home, a review and a backup, checkpointed so the file holds everything. */
function goodFile() {
  const folder = tempFolder();
  const file = path.join(folder, 'hallmarks.sqlite');
  const store = openStore({ file, appVersion: 't' });
  const home = store.handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 2 });
  store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
  createBackup(store.db, store.backupsDir, 'manual');
  store.close();
  return { folder, file };
}

function overwrite(file: string, at: number, bytes: Buffer) {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, at);
  closeSync(fd);
}

const damage: Record<string, (file: string, folder: string) => void> = {
  'zeroed header': (file) => overwrite(file, 0, Buffer.alloc(100)),
  'random bytes in the middle': (file) =>
    overwrite(file, Math.floor(statSync(file).size / PAGE / 2) * PAGE, randomBytes(PAGE)),
  truncated: (file) => truncateSync(file, Math.floor(statSync(file).size / PAGE / 2) * PAGE + 1000),
  'zeroed page': (file) => overwrite(file, 2 * PAGE, Buffer.alloc(PAGE)),
  'a -wal from another database': (file, folder) => {
    const other = path.join(folder, 'other.sqlite');
    const db = new Database(other);
    db.pragma('journal_mode = WAL');
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('another program')");
    copyFileSync(`${other}-wal`, `${file}-wal`); // copied while the other database is still open
    db.close();
  },
};

/** What the manager is told is wrong, in the brackets of "The data file … is damaged (…)". */
const told: Record<string, RegExp> = {
  'zeroed header': /^its first page is unreadable$/,
  // Random bytes land in different places each run: either SQLite refuses the page or its check names it.
  'random bytes in the middle': /^(SQLite cannot read it|SQLite's check found: .+)$/,
  truncated: /^SQLite cannot read it$/,
  'zeroed page': /^SQLite cannot read it$/,
  'a -wal from another database': /^its journal \(the -wal file\) belongs to another database$/,
};

describe('damaged-file fixtures: detected at start, set aside, a restore offered', () => {
  it.each(Object.keys(damage))('%s', (name) => {
    const { folder, file } = goodFile();
    damage[name]!(file, folder);
    const first = openRefusal(file);
    expect(first.kind).toBe('damaged');
    expect(first.message).toMatch(/moved it aside/);
    const detail = /is damaged \((.*)\), so Hallmarks moved it aside/.exec(first.message)?.[1];
    expect(detail).toMatch(told[name]!);
    expect(first.newestBackup).not.toBeNull();
    // No empty database is started behind the manager's back on the next start either.
    expect(openRefusal(file).kind).toBe('set-aside');
  });
});

describe('files that are not Hallmarks data: refused unchanged', () => {
  it.each([
    [
      'not SQLite',
      (file: string) => writeFileSync(file, '<html><body>Not a database</body></html>\n'.repeat(200)),
    ],
    [
      "another program's database",
      (file: string) => {
        const db = new Database(file);
        db.exec(
          'CREATE TABLE homes (id INTEGER PRIMARY KEY, postcode TEXT); CREATE TABLE preferences (k, v)',
        );
        db.close();
      },
    ],
  ])('%s', (_name, make) => {
    const file = path.join(tempFolder(), 'chosen.sqlite');
    make(file);
    const before = readFileSync(file);
    expect(openRefusal(file).kind).toBe('not-hallmarks');
    expect(openRefusal(file).kind).toBe('not-hallmarks');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a file without SQLite’s header, judged by what is left of it', () => {
  it('is damaged Hallmarks data when it still holds Hallmarks’ table definitions', () => {
    const file = path.join(tempFolder(), 'hallmarks.sqlite');
    writeFileSync(file, `garbled CREATE TABLE homes (…) CREATE TABLE preferences (…) ${'x'.repeat(700)}`);
    expect(openRefusal(file).message).toMatch(/is damaged \(its first page is unreadable\)/);
  });

  it('is damaged data when it is binary and whole 512-byte pages, as a failing disk leaves it', () => {
    const file = path.join(tempFolder(), 'hallmarks.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('x'), Buffer.alloc(1023)]));
    expect(openRefusal(file).kind).toBe('damaged');
  });

  it.each([
    ['binary but not whole pages', Buffer.concat([Buffer.from('x'), Buffer.alloc(1000)])],
    ['whole pages of text with no zero byte', Buffer.from('a'.repeat(1024))],
    ['a single binary page too short to be one', Buffer.alloc(511)],
    ['only one of Hallmarks’ table definitions', Buffer.from(`CREATE TABLE homes ${'y'.repeat(1000)}`)],
  ])('is another program’s file, refused unchanged, when %s', (_name, bytes) => {
    const file = path.join(tempFolder(), 'chosen.sqlite');
    writeFileSync(file, bytes);
    expect(openRefusal(file).kind).toBe('not-hallmarks');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
