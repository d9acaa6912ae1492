import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Db = Database.Database;

const schemaOf = (db: Db) =>
  db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();

function tablesOf(db: Db): Map<string, string[]> {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return new Map(
    names.map((t) => [t, (db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name)]),
  );
}

function rowsOf(db: Db, tables: Map<string, string[]>) {
  return Object.fromEntries(
    [...tables].map(([table, columns]) => {
      const list = columns.map((c) => `"${c}"`).join(', ');
      return [table, db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all()];
    }),
  );
}

/** A full, current database with the sample home's years of reviews, figures and history. */
function donor(folder: string): string {
  const file = path.join(folder, 'donor.sqlite');
  const store = openStore({ file, appVersion: 't', backupsDir: path.join(folder, 'b') });
  store.handlers['demo.create']({});
  store.close();
  return file;
}

/**
 * A database as an earlier version left it: that version's migrations only, unstamped (as files were
 * then), holding the donor's data in the tables and columns that version had.
 */
function fixtureAt(version: number, folder: string, donorFile: string): string {
  const file = path.join(folder, `version-${version}.sqlite`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const m of migrations.slice(0, version)) db.exec(m.sql);
  db.pragma(`user_version = ${version}`);
  db.prepare('ATTACH ? AS donor').run(donorFile);
  const donorColumns = (table: string) =>
    db.prepare(`SELECT name FROM pragma_table_info(?, 'donor')`).pluck().all(table) as string[];
  // Tables come in the order they were created, and a rebuilt table (0011 rebuilds team_sheets) comes after
  // the tables that point at it: the keys are checked once every table is copied, at the commit.
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const [table, columns] of tablesOf(db)) {
      // A later migration may have moved or dropped this table or column: copy what the donor still has.
      const shared = columns.filter((c) => donorColumns(table).includes(c));
      if (shared.length === 0) continue;
      // A required column a later migration dropped (team_sheets.finished_at) gets a placeholder.
      const dropped = (
        db
          .prepare(`SELECT name, type FROM pragma_table_info(?) WHERE "notnull" = 1 AND dflt_value IS NULL`)
          .all(table) as { name: string; type: string }[]
      ).filter((c) => !shared.includes(c.name));
      const list = [...shared, ...dropped.map((c) => c.name)].map((c) => `"${c}"`).join(', ');
      const values = [
        ...shared.map((c) => `"${c}"`),
        ...dropped.map((c) => (c.type === 'TEXT' ? "'2026-01-01T00:00:00.000Z'" : '0')),
      ].join(', ');
      db.exec(`INSERT INTO main."${table}" (${list}) SELECT ${values} FROM donor."${table}"`);
    }
  })();
  db.exec('DETACH donor');
  db.close();
  return file;
}

/** Numbers a migration gives out afresh (unordered-sheets shuffles the sheets' ids): its own test checks them. */
const RENUMBERED = new Set(['team_sheets.id', 'team_ratings.sheet_id']);

describe('migration fixtures: every earlier schema version', () => {
  it.each(migrations.slice(0, -1).map((m) => m.version))(
    'a database at version %i migrates to the schema of a fresh install, with its data intact',
    (version) => {
      const folder = tempFolder();
      const file = fixtureAt(version, folder, donor(folder));
      const original = `${file}.original`;
      copyFileSync(file, original);
      const before = new Database(original, { readonly: true });
      const tables = tablesOf(before);
      expect(Object.values(rowsOf(before, tables)).some((r) => r.length > 0)).toBe(true);

      const upgraded = openStore({ file, appVersion: 't' });
      const fresh = openStore({ file: path.join(folder, 'fresh.sqlite'), appVersion: 't' });
      expect(schemaOf(upgraded.db)).toEqual(schemaOf(fresh.db));
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(migrations.length);
      // Every row of every table and column the migrations kept is unchanged. (A table or column a later
      // migration moves elsewhere is that migration's own test to check.)
      const now = tablesOf(upgraded.db);
      const kept = new Map(
        [...tables]
          .filter(([table]) => now.has(table))
          .map(
            ([table, columns]) =>
              [
                table,
                columns.filter((c) => now.get(table)!.includes(c) && !RENUMBERED.has(`${table}.${c}`)),
              ] as const,
          ),
      );
      expect(rowsOf(upgraded.db, kept)).toEqual(rowsOf(before, kept));
      before.close();
      expect(upgraded.db.pragma('foreign_key_check')).toEqual([]);
      upgraded.close();
      fresh.close();
    },
  );
});
