import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { openRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';
import { HALLMARKS_APPLICATION_ID } from './inspect-file';

const tempFolder = useTempFolder();

/** A SQLite file another tool made: no Hallmarks stamp, with the version and tables given. */
function sqliteFile(version: number, sql: string): string {
  const file = path.join(tempFolder(), 'chosen.sqlite');
  const db = new Database(file);
  db.exec(sql);
  db.pragma(`user_version = ${version}`);
  db.close();
  return file;
}

describe('a SQLite file without Hallmarks’ stamp', () => {
  it('with no tables at all is taken as a new data file, and stamped', () => {
    const file = sqliteFile(0, 'CREATE TABLE t (x); DROP TABLE t;');
    const store = openStore({ file, appVersion: 't' });
    expect(store.handlers['homes.list']({})).toEqual([]);
    expect(store.db.pragma('application_id', { simple: true })).toBe(HALLMARKS_APPLICATION_ID);
    store.close();
  });

  it.each([
    ['a version number of its own and other tables', 5, 'CREATE TABLE notes (text TEXT)'],
    ['a version beyond any Hallmarks has', 9999, 'CREATE TABLE notes (text TEXT)'],
  ])(
    'with %s is another program’s, refused unchanged (never “from a newer Hallmarks”)',
    (_name, version, sql) => {
      const file = sqliteFile(version, sql);
      const before = readFileSync(file);
      const refusal = openRefusal(file);
      expect(refusal.kind).toBe('not-hallmarks');
      expect(refusal.message).toMatch(/is not a Hallmarks data file/);
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );
});
