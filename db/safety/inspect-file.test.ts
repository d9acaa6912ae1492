import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { openStore } from '../store';
import { canMakeReadOnly, useReadOnlyFolders } from '../test-support/read-only';
import { useTempFolder } from '../test-support/temp-folder';
import { inspectDataFile } from './inspect-file';
import { StoreOpenError } from './open-errors';

const tempFolder = useTempFolder();
const makeReadOnly = useReadOnlyFolders();

const inspect = (file: string) => inspectDataFile(file, migrations);

/** The StoreOpenError inspecting the file gives; fails the test if it gives anything else. */
function refusal(file: string): StoreOpenError {
  try {
    inspect(file);
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

/** A Hallmarks data file, closed cleanly, in a folder of its own. */
function hallmarksFile(): { folder: string; file: string } {
  const folder = tempFolder();
  const file = path.join(folder, 'hallmarks.sqlite');
  openStore({ file, appVersion: 't' }).close();
  return { folder, file };
}

/** A SQLite file made by `make`, with no Hallmarks stamp unless `make` gives one. */
function sqliteFile(make: (db: Database.Database) => void): string {
  const file = path.join(tempFolder(), 'chosen.sqlite');
  const db = new Database(file);
  make(db);
  db.close();
  return file;
}

/**
 * The file and its -wal as a kill leaves them after `change` was committed to the journal only: the
 * Hallmarks file stays open with no checkpoint while both are copied.
 */
function crashCopy(file: string, change: (db: Database.Database) => void): string {
  const live = new Database(file);
  live.pragma('wal_autocheckpoint = 0');
  change(live);
  const copy = path.join(path.dirname(file), 'copy.sqlite');
  copyFileSync(file, copy);
  copyFileSync(`${file}-wal`, `${copy}-wal`);
  live.close();
  return copy;
}

describe('a data file that is not there yet', () => {
  it('is new when missing or empty', () => {
    const folder = tempFolder();
    expect(inspect(path.join(folder, 'hallmarks.sqlite'))).toEqual({ kind: 'new' });
    writeFileSync(path.join(folder, 'empty.sqlite'), '');
    expect(inspect(path.join(folder, 'empty.sqlite'))).toEqual({ kind: 'new' });
  });

  it('is refused, not taken for new, when a file stands where its folder should be', () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'data'), 'a file, not a folder');
    const error = refusal(path.join(folder, 'data', 'hallmarks.sqlite'));
    expect(error.kind).toBe('access');
    expect(error.message).toMatch(/because a file is in the way where a folder should be\./);
  });

  it('is refused as a folder when the path names a folder', () => {
    const folder = path.join(tempFolder(), 'hallmarks.sqlite');
    mkdirSync(folder);
    const error = refusal(folder);
    expect(error.kind).toBe('access');
    expect(error.message).toBe(
      `${folder} is a folder, not a data file. Choose the Hallmarks data file itself (its name ends in .sqlite), or a new file name to start afresh.`,
    );
  });

  it('is new when it is a SQLite file with no tables, no version and no stamp', () => {
    expect(inspect(sqliteFile((db) => db.exec('CREATE TABLE t (x); DROP TABLE t')))).toEqual({ kind: 'new' });
  });
});

describe('a Hallmarks data file', () => {
  it('is Hallmarks data when whole, and names the tables it is missing otherwise', () => {
    const { file } = hallmarksFile();
    expect(inspect(file)).toEqual({ kind: 'hallmarks' });
    const db = new Database(file);
    db.exec('DROP TABLE review_events; DROP TABLE reg45_drafts');
    db.close();
    expect(inspect(file)).toEqual({
      kind: 'damaged',
      // A dropped table takes its index with it; both are named, in the order the steps make them.
      detail: 'part of it is missing (review_events, review_events_review, reg45_drafts)',
    });
  });

  it('is read without writing: changes a kill left in its -wal stay there, and the file is unchanged', () => {
    const { file } = hallmarksFile();
    const copy = crashCopy(file, (db) =>
      db.exec("INSERT INTO homes (name, places) VALUES ('Rowan House', 3)"),
    );
    const before = readFileSync(copy);
    const journal = readFileSync(`${copy}-wal`);
    expect(inspect(copy)).toEqual({ kind: 'hallmarks' });
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(readFileSync(`${copy}-wal`).equals(journal)).toBe(true);
  });

  it('made before files were stamped is Hallmarks data at its own version', () => {
    const steps = migrations.findIndex((m) => m.name === 'strict-tables');
    const file = sqliteFile((db) => {
      for (const m of migrations.slice(0, steps)) db.exec(m.sql);
      db.pragma(`user_version = ${steps}`);
    });
    expect(inspect(file)).toEqual({ kind: 'hallmarks' });
  });

  it.each([
    [
      'the version going backwards',
      (db: Database.Database) => db.pragma(`user_version = ${migrations.length - 1}`),
    ],
    ['its stamp taken away', (db: Database.Database) => db.pragma('application_id = 0')],
  ])('is damaged when its -wal shows %s: the journal is another database’s', (_name, change) => {
    const { file } = hallmarksFile();
    expect(inspect(crashCopy(file, change))).toEqual({
      kind: 'damaged',
      detail: 'its journal (the -wal file) belongs to another database',
    });
  });

  it('is damaged when SQLite’s own check finds a fault, and says what it found, at most 300 characters of it', () => {
    const { file } = hallmarksFile();
    // Pages freed by deleting rows, then lost from the header's list of free pages: the file opens, and
    // only the check sees them, one line for each page.
    const db = new Database(file);
    db.transaction(() => {
      const add = db.prepare('INSERT INTO homes (name, places) VALUES (?, 2)');
      for (let n = 0; n < 2000; n++) add.run(`Home ${n} ${'x'.repeat(100)}`);
    })();
    db.exec("DELETE FROM homes WHERE name LIKE 'Home %'");
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8), 0, 8, 32); // the first free page and the count of them
    closeSync(fd);
    const found = inspect(file);
    expect(found).toEqual({
      kind: 'damaged',
      detail: expect.stringMatching(
        /^SQLite's check found: \*\*\* in database main \*\*\*\nPage \d+: never used\n/,
      ),
    });
    expect(found.kind === 'damaged' && found.detail.length).toBe("SQLite's check found: ".length + 300);
  });

  it('is damaged when all that is left is one whole page of binary data, without SQLite’s header', () => {
    const file = path.join(tempFolder(), 'hallmarks.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('x'), Buffer.alloc(511)]));
    expect(inspect(file)).toEqual({ kind: 'damaged', detail: 'its first page is unreadable' });
  });

  it('is damaged when cut short just after SQLite’s 100-byte header', () => {
    const { folder, file } = hallmarksFile();
    const cut = path.join(folder, 'cut.sqlite');
    writeFileSync(cut, readFileSync(file).subarray(0, 100));
    expect(inspect(cut)).toEqual({ kind: 'damaged', detail: 'SQLite cannot read it' });
  });

  it('SQLite cannot open for another reason than damage is refused with the reason, not set aside', () => {
    const { file } = hallmarksFile();
    mkdirSync(`${file}-wal`); // a folder where its journal should be
    const error = refusal(file);
    expect(error.kind).toBe('access');
    expect(error.message).toMatch(/because this computer does not allow Hallmarks to use it\./);
  });
});

describe('a data file in a read-only folder', () => {
  it.skipIf(!canMakeReadOnly)('is refused before anything is written, new or not', () => {
    const { folder, file } = hallmarksFile();
    makeReadOnly(folder);
    // A new file could never be saved there.
    const fresh = refusal(path.join(folder, 'new.sqlite'));
    expect(fresh.kind).toBe('access');
    expect(fresh.message).toMatch(/because the disk or folder is read-only\./);
    // An existing one cannot even be read: SQLite cannot make its journal's index beside it.
    const existing = refusal(file);
    expect(existing.kind).toBe('access');
    expect(existing.message).toMatch(/Nothing in it has been changed\./);
  });
});

describe('a file that is not Hallmarks data', () => {
  const notes = (db: Database.Database) => db.exec('CREATE TABLE notes (text TEXT)');
  it.each([
    [
      'only SQLite’s 16-byte signature',
      () => {
        const file = path.join(tempFolder(), 'chosen.sqlite');
        writeFileSync(file, 'SQLite format 3\0', 'latin1');
        return file;
      },
    ],
    [
      'another program’s stamp',
      () =>
        sqliteFile((db) => {
          notes(db);
          db.pragma('application_id = 42');
        }),
    ],
    ['no stamp, no version and none of Hallmarks’ tables', () => sqliteFile(notes)],
    [
      'no stamp and no tables, but a version number of its own',
      () => sqliteFile((db) => db.pragma('user_version = 5')),
    ],
    [
      'no stamp and only one of the tables Hallmarks’ first step makes',
      () =>
        sqliteFile((db) => {
          db.exec(migrations[0]!.sql);
          db.exec('DROP TABLE preferences');
          db.pragma('user_version = 1');
        }),
    ],
  ])('is refused unchanged when it has %s', (_name, make) => {
    const file = make();
    const before = readFileSync(file);
    expect(refusal(file).kind).toBe('not-hallmarks');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('is damaged, not another program’s, when an old unstamped Hallmarks file has a -wal stamped by another program', () => {
    const steps = migrations.findIndex((m) => m.name === 'strict-tables');
    const file = sqliteFile((db) => {
      db.pragma('journal_mode = WAL');
      for (const m of migrations.slice(0, steps)) db.exec(m.sql);
      db.pragma(`user_version = ${steps}`);
    });
    expect(inspect(crashCopy(file, (db) => db.pragma('application_id = 42')))).toEqual({
      kind: 'damaged',
      detail: 'its journal (the -wal file) belongs to another database',
    });
  });
});
