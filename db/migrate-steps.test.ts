import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityCheck, openConnection, quickCheck } from './connection';
import { checkMigrationOrder, migrate, NewerDatabaseError, schemaVersion } from './migrate';
import { createPreferences } from './homes/preferences';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
const freshDb = () => openConnection(path.join(tempFolder(), 'm.sqlite')).db;

const steps = [
  { version: 1, name: 'first', sql: 'CREATE TABLE a (x);' },
  { version: 2, name: 'second', sql: 'CREATE TABLE b (x);' },
  { version: 3, name: 'third', sql: 'CREATE TABLE c (x);' },
];
const tables = (db: ReturnType<typeof freshDb>) =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('migration steps', () => {
  it('runs only the pending steps, after the backup hook, which is told the old version', () => {
    const db = freshDb();
    migrate(db, steps.slice(0, 1));
    const seen: number[] = [];
    expect(migrate(db, steps, (from) => seen.push(from, schemaVersion(db)))).toEqual({ from: 1, to: 3 });
    // The hook ran before any change: the version it saw was still the old one.
    expect(seen).toEqual([1, 1]);
    expect(tables(db)).toEqual(['a', 'b', 'c']);
    expect(schemaVersion(db)).toBe(3);
  });

  it('names the step that is out of order and the version expected there', () => {
    expect(() => checkMigrationOrder([steps[0]!, steps[2]!])).toThrow(
      'Migration "third" has version 3; expected 2.',
    );
    expect(() => checkMigrationOrder([steps[0]!, { ...steps[1]!, version: 1 }])).toThrow(
      'Migration "second" has version 1; expected 2.',
    );
    expect(() => checkMigrationOrder([])).not.toThrow();
  });

  it('checks the order before touching the database', () => {
    const db = freshDb();
    let hooked = false;
    expect(() => migrate(db, [steps[1]!], () => (hooked = true))).toThrow(/expected 1/);
    expect(hooked).toBe(false);
    expect(tables(db)).toEqual([]);
  });

  it('explains a newer database with both version numbers, and runs no hook', () => {
    const db = freshDb();
    db.pragma('user_version = 5');
    let hooked = false;
    const error = (() => {
      try {
        migrate(db, steps, () => (hooked = true));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect(error?.name).toBe('NewerDatabaseError');
    expect(error?.message).toBe(
      'This data was saved by a newer version of Hallmarks (data version 5; this version understands up to 3). ' +
        'Install the latest version of Hallmarks to open it. Nothing has been changed.',
    );
    expect(hooked).toBe(false);
  });
});

describe('connection checks and preferences', () => {
  it('reports a healthy file as ok to both checks', () => {
    const db = freshDb();
    migrate(db, steps);
    expect(quickCheck(db)).toBe('ok');
    expect(integrityCheck(db)).toBe('ok');
  });

  it('opens a read-only connection only to an existing file, and refuses writes through it', () => {
    const file = path.join(tempFolder(), 'ro.sqlite');
    expect(() => openConnection(file, { readonly: true })).toThrow();
    openConnection(file).db.close();
    const { db } = openConnection(file, { readonly: true });
    expect(() => db.exec('CREATE TABLE x (y)')).toThrow(/readonly/);
    db.close();
  });

  it('turns on foreign keys and full sync for every connection', () => {
    const db = freshDb();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('stores a preference, replaces it, and reads a missing one as null', () => {
    const db = freshDb();
    db.exec('CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const preferences = createPreferences(db);
    expect(preferences.get('currentHomeId')).toBeNull();
    preferences.set('currentHomeId', '3');
    preferences.set('currentHomeId', '4');
    preferences.set('other', 'x');
    expect(preferences.get('currentHomeId')).toBe('4');
    expect(preferences.get('other')).toBe('x');
  });
});
