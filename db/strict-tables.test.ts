import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from './connection';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
// Found by name, so the step keeps its test when it is renumbered.
const strictStep = migrations.findIndex((m) => m.name === 'strict-tables');

function tables(db: ReturnType<typeof openConnection>['db']) {
  return db
    .prepare<[], { name: string; strict: number }>(
      "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
}

function contents(db: ReturnType<typeof openConnection>['db']) {
  return Object.fromEntries(
    tables(db).map(({ name }) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY rowid`).all()]),
  );
}

/** A database from before the step, with a row in every table and text that is easy to mangle. */
function databaseBeforeStrict() {
  const { db } = openConnection(path.join(tempFolder(), 'old.sqlite'));
  migrate(db, migrations.slice(0, strictStep));
  db.exec(`
    INSERT INTO homes (id, name, urn, registered_manager, places) VALUES (1, 'Oak 🌳 <b>House</b>', 'SC123456', 'Sam', 3);
    INSERT INTO preferences (key, value) VALUES ('currentHomeId', '1');
    INSERT INTO custom_indicators (id, home_id, domain_key, statement) VALUES (1, 1, 'voice', 'Children plan the menu.');
    INSERT INTO reviews (id, home_id, quarter, framework_version, strengths, overall) VALUES (7, 1, '2026-Q3', 1, 'A settled team', 3);
    INSERT INTO review_indicators (review_id, indicator_key, domain_key, position, rating, note, discuss)
      VALUES (7, 'voice.complaints', 'voice', 300, 3, 'Two complaints (KT, JM).', 1);
    INSERT INTO review_domains (review_id, domain_key, judgement, rationale) VALUES (7, 'voice', 3, 'Steady');
    INSERT INTO review_events (review_id, kind, by_name) VALUES (7, 'started', NULL);
    INSERT INTO quarterly_metrics (home_id, quarter, staff_at_start, fte_filled, manager_status, familiar_cover_shifts)
      VALUES (1, '2026-Q3', 12, 10.5, 'registered', 40);
    INSERT INTO alert_acknowledgements (home_id, alert_key, note) VALUES (1, 'reg45-due', 'Booked');
    INSERT INTO reg44_visits (id, home_id, visited_on, visitor) VALUES (2, 1, '2026-09-02', 'Pat');
    INSERT INTO reg44_recommendations (id, visit_id, text) VALUES (3, 2, 'Update the <script> risk plan 📋');
    INSERT INTO reg45_records (home_id, completed_on, placing_authorities) VALUES (1, '2026-09-14', 'sent');
    INSERT INTO ofsted_inspections (id, home_id, inspected_on, kind, helped_and_protected) VALUES (4, 1, '2026-05-01', 'full', 3);
    INSERT INTO ofsted_items (id, inspection_id, kind, regulation, text) VALUES (5, 4, 'requirement', 'Reg 12', 'Keep records');
    INSERT INTO actions (id, home_id, title, due_on, source, review_id, reg44_recommendation_id, ofsted_item_id)
      VALUES (6, 1, 'Plan the menu together', '2026-10-01', 'review', 7, 3, 5);
    INSERT INTO action_events (action_id, status, by_name) VALUES (6, 'open', 'Sam');
    INSERT INTO action_notes (action_id, noted_on, text) VALUES (6, '2026-09-20', 'Asked the children');
    INSERT INTO duties (home_id, builtin_key, every_months) VALUES (1, 'fire-drill', 3);
    INSERT INTO staff_qualifications (home_id, person, level, started_on) VALUES (1, 'Alex', 3, '2026-01-05');
    INSERT INTO review_judgements (review_id, area, judgement, suggested, reason) VALUES (7, 'protection', 3, 3, '');
  `);
  return db;
}

describe('the STRICT tables step', () => {
  it('rebuilds every table as STRICT, keeping every row, index and foreign key', () => {
    const db = databaseBeforeStrict();
    const before = contents(db);
    const indexesBefore = db
      .prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")
      .all();
    const keysBefore = tables(db).map(({ name }) => db.pragma(`foreign_key_list(${name})`));
    expect(tables(db).every((t) => t.strict === 0)).toBe(true);
    // Every table of the earlier steps holds a row, so a column out of order or a row left behind shows.
    expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);

    migrate(db, migrations.slice(0, strictStep + 1));

    expect(tables(db).map((t) => t.strict)).toEqual(tables(db).map(() => 1));
    expect(contents(db)).toEqual(before);
    expect(
      db.prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all(),
    ).toEqual(indexesBefore);
    expect(tables(db).map(({ name }) => db.pragma(`foreign_key_list(${name})`))).toEqual(keysBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a value of the wrong type, and deleting a home still removes its reviews', () => {
    const db = databaseBeforeStrict();
    migrate(db, migrations.slice(0, strictStep + 1));
    expect(() => db.prepare("UPDATE homes SET places = 'three' WHERE id = 1").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    db.prepare('DELETE FROM homes WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM review_indicators').get()).toEqual({ n: 0 });
  });

  it('leaves the database as it was when a reference is broken', () => {
    const db = databaseBeforeStrict();
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO review_domains (review_id, domain_key) VALUES (99, 'voice')").run();
    db.pragma('foreign_keys = ON');
    const before = contents(db);
    expect(() => migrate(db, migrations.slice(0, strictStep + 1))).toThrow(/broken references/);
    expect(tables(db).every((t) => t.strict === 0)).toBe(true);
    expect(contents(db)).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('the final schema, after every migration', () => {
  const notStrict = (db: ReturnType<typeof openConnection>['db']) =>
    tables(db)
      .filter((t) => t.strict !== 1)
      .map((t) => t.name);

  it('has every table STRICT on a new install', () => {
    const { db } = openConnection(path.join(tempFolder(), 'new.sqlite'));
    migrate(db, migrations);
    expect(tables(db).length).toBeGreaterThan(40);
    expect(notStrict(db)).toEqual([]);
  });

  it('has every table STRICT on a database that started before the STRICT step', () => {
    const db = databaseBeforeStrict();
    migrate(db, migrations);
    expect(notStrict(db)).toEqual([]);
  });
});
