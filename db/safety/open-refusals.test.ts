import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { openStore } from '../store';
import { openRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';
import { HALLMARKS_APPLICATION_ID } from './inspect-file';

const tempFolder = useTempFolder();

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const refusal = (file: string) => openRefusal(file);

function otherProgramsDatabase(file: string, journal = 'wal') {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  db.exec(
    "CREATE TABLE homes (id INTEGER PRIMARY KEY, address TEXT); INSERT INTO homes (address) VALUES ('1 Elm Road')",
  );
  db.close();
}

describe('files that are not Hallmarks data (defect 5)', () => {
  it('stamps its own files with an application id', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const store = openStore({ file, appVersion: 't' });
    expect(store.db.pragma('application_id', { simple: true })).toBe(HALLMARKS_APPLICATION_ID);
    store.close();
  });

  it("refuses another program's database with a homes table, leaving it unchanged", () => {
    const file = path.join(tempFolder(), 'other.sqlite');
    otherProgramsDatabase(file, 'delete');
    const before = hash(file);
    const error = refusal(file);
    expect(error.kind).toBe('not-hallmarks');
    expect(error.message).toMatch(/not a Hallmarks data file/);
    expect(error.message).toMatch(/Nothing in it has been changed/);
    expect(hash(file)).toBe(before);
  });

  it('refuses a text file opened by mistake, never renaming or replacing it', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'notes.txt');
    writeFileSync(file, 'Shopping list\n'.repeat(400));
    const before = hash(file);
    expect(refusal(file).kind).toBe('not-hallmarks');
    expect(hash(file)).toBe(before);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  // Files made before stamping are from before the strict-tables step; a new file killed before its
  // stamp has every step. Both open.
  it.each([
    ['before the strict-tables step', migrations.findIndex((m) => m.name === 'strict-tables')],
    ['with every step', migrations.length],
  ])('still opens a Hallmarks file made before files were stamped (%s), and stamps it', (_, steps) => {
    const file = path.join(tempFolder(), 'old.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = wal');
    for (const m of migrations.slice(0, steps)) db.exec(m.sql);
    db.pragma(`user_version = ${steps}`);
    db.prepare('INSERT INTO homes (name, places) VALUES (?, ?)').run('Old home', 3);
    db.close();
    const store = openStore({ file, appVersion: 't' });
    expect(store.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Old home']);
    expect(store.db.pragma('application_id', { simple: true })).toBe(HALLMARKS_APPLICATION_ID);
    store.close();
  });
});

describe('a file from a newer version (defect 6)', () => {
  it('is refused before anything is changed, even in rollback-journal mode', () => {
    const file = path.join(tempFolder(), 'newer.sqlite');
    const store = openStore({ file, appVersion: 't' });
    store.db.pragma('journal_mode = DELETE');
    store.db.pragma(`user_version = ${migrations.length + 1}`);
    store.close();
    const before = hash(file);
    const error = refusal(file);
    expect(error.kind).toBe('newer');
    expect(error.message).toMatch(/Nothing has been changed/);
    expect(hash(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('start-up problems a manager can act on (defect 4)', () => {
  it('explains a path that is a folder', () => {
    const folder = path.join(tempFolder(), 'hallmarks.sqlite');
    mkdirSync(folder);
    const error = refusal(folder);
    expect(error.kind).toBe('access');
    expect(error.message).toMatch(/is a folder, not a data file/);
  });

  it('explains a folder that cannot be created', () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'blocker'), '');
    const error = refusal(path.join(folder, 'blocker', 'data', 'h.sqlite'));
    expect(error.kind).toBe('access');
    expect(error.message).toMatch(/could not create the folder/);
    expect(error.message).toMatch(/whoever looks after your computers/);
  });

  it('sets aside a Hallmarks file with a missing table and offers a restore', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'h.sqlite');
    const store = openStore({ file, appVersion: 't' });
    store.db.exec('DROP TABLE review_events');
    store.close();
    const error = refusal(file);
    expect(error.kind).toBe('damaged');
    expect(error.message).toMatch(/part of it is missing/);
    expect(error.newestBackup).not.toBeNull();
    expect(readdirSync(folder).some((n) => n.includes('.damaged-'))).toBe(true);
  });
});
