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
import Database from 'better-sqlite3';
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

describe('damaged-file fixtures: detected at start, set aside, a restore offered', () => {
  it.each(Object.keys(damage))('%s', (name) => {
    const { folder, file } = goodFile();
    damage[name]!(file, folder);
    const first = openRefusal(file);
    expect(first.kind).toBe('damaged');
    expect(first.message).toMatch(/moved it aside/);
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
