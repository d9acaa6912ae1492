import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from './connection';
import { checkMigrationOrder, migrate, NewerDatabaseError, schemaVersion } from './migrate';
import { migrations } from './migrations';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();

function freshDb() {
  return openConnection(path.join(tempFolder(), 'test.sqlite')).db;
}

function schemaOf(db: ReturnType<typeof freshDb>) {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
}

describe('migrate', () => {
  it('brings an empty database to the latest version', () => {
    const db = freshDb();
    expect(migrate(db, migrations)).toEqual({ from: 0, to: migrations.length });
    expect(schemaVersion(db)).toBe(migrations.length);
  });

  it.each(migrations.map((m) => m.version))(
    'upgrades a database left at version %i to the same schema as a fresh one',
    (version) => {
      const reference = freshDb();
      migrate(reference, migrations);
      const db = freshDb();
      migrate(db, migrations.slice(0, version));
      expect(schemaVersion(db)).toBe(version);
      migrate(db, migrations);
      expect(schemaVersion(db)).toBe(migrations.length);
      expect(schemaOf(db)).toEqual(schemaOf(reference));
    },
  );

  it('does nothing, and takes no backup, when already current', () => {
    const db = freshDb();
    migrate(db, migrations);
    let backups = 0;
    expect(migrate(db, migrations, () => backups++)).toEqual({
      from: migrations.length,
      to: migrations.length,
    });
    expect(backups).toBe(0);
  });

  it('refuses a database written by a newer version and leaves it alone', () => {
    const db = freshDb();
    migrate(db, migrations);
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db, migrations)).toThrow(NewerDatabaseError);
    expect(() => migrate(db, migrations)).toThrow(/newer version of Hallmarks/);
    expect(schemaVersion(db)).toBe(migrations.length + 1);
  });

  it('rolls back every step when one fails, leaving the version unchanged', () => {
    const db = freshDb();
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x);' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x); THIS IS NOT SQL;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name IN ('a','b')").get()).toEqual({
      n: 0,
    });
  });

  it('rejects migrations with gaps or out of order', () => {
    expect(() => checkMigrationOrder([{ version: 2, name: 'x', sql: '' }])).toThrow(/expected 1/);
    expect(() => checkMigrationOrder(migrations)).not.toThrow();
  });
});
