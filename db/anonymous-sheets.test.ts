import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { databaseBeforeStep } from './test-support/before-step';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();

/** A database from before the step: two named sheets (one person twice in two rounds), one anonymous. */
function databaseBefore() {
  return databaseBeforeStep(
    tempFolder(),
    'anonymous-sheets',
    `
    INSERT INTO staff (id, home_id, name) VALUES (3, 1, 'Sam Khan'), (4, 1, 'Alex Bell');
    INSERT INTO team_rounds (id, review_id, domain_keys) VALUES (20, 7, '["leadership"]'), (21, 8, '[]');
    INSERT INTO team_sheets (id, round_id, staff_id, from_paper, finished_at) VALUES
      (50, 20, 3, 0, '2026-07-10T09:00:00.000Z'),
      (51, 20, NULL, 1, '2026-07-10T09:05:00.000Z'),
      (52, 21, 3, 0, '2026-10-10T09:00:00.000Z');
    INSERT INTO team_ratings (sheet_id, indicator_key, rating) VALUES
      (50, 'leadership.visible', 2), (50, 'leadership.purpose', 0),
      (51, 'leadership.visible', 4), (52, 'leadership.visible', 3);
  `,
  );
}

describe('migration: anonymous rating sheets', () => {
  it('keeps every sheet and its ratings, drops the link to the rater, and keeps who took part apart', () => {
    const db = databaseBefore();
    const ratingsBefore = db.prepare('SELECT * FROM team_ratings ORDER BY sheet_id, indicator_key').all();
    // Up to this step: a later one (unordered-sheets) drops the time and renumbers the sheets.
    migrate(db, migrations.slice(0, migrations.findIndex((m) => m.name === 'anonymous-sheets') + 1));

    const columns = (db.prepare('PRAGMA table_info(team_sheets)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['id', 'round_id', 'from_paper', 'finished_at']);
    expect(db.prepare('SELECT * FROM team_sheets ORDER BY id').all()).toEqual([
      { id: 50, round_id: 20, from_paper: 0, finished_at: '2026-07-10T09:00:00.000Z' },
      { id: 51, round_id: 20, from_paper: 1, finished_at: '2026-07-10T09:05:00.000Z' },
      { id: 52, round_id: 21, from_paper: 0, finished_at: '2026-10-10T09:00:00.000Z' },
    ]);
    expect(db.prepare('SELECT * FROM team_ratings ORDER BY sheet_id, indicator_key').all()).toEqual(
      ratingsBefore,
    );
    // Who took part, per round, with no sheet in it; no table left links a staff member to a sheet.
    expect(db.prepare('SELECT * FROM team_round_raters ORDER BY round_id').all()).toEqual([
      { round_id: 20, staff_id: 3 },
      { round_id: 21, staff_id: 3 },
    ]);
    const tables = db
      .prepare<[], { name: string; strict: number; wr: number }>(
        "SELECT name, strict, wr FROM pragma_table_list WHERE name IN ('team_sheets', 'team_round_raters') ORDER BY name",
      )
      .all();
    expect(tables).toEqual([
      { name: 'team_round_raters', strict: 1, wr: 1 },
      { name: 'team_sheets', strict: 1, wr: 0 },
    ]);
    const linked = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((table) => {
        const keys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string }[];
        return keys.some((k) => k.table === 'staff') && keys.some((k) => k.table === 'team_sheets');
      });
    expect(linked).toEqual([]);
    // The ratings still point at their sheets, and deleting a round still removes its sheets.
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM team_rounds WHERE id = 20').run();
    expect(db.prepare('SELECT count(*) AS n FROM team_ratings').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM team_round_raters').get()).toEqual({ n: 1 });
  });
});
