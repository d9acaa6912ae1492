import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { databaseBeforeStep } from '../test-support/before-step';
import { useTempFolder } from '../test-support/temp-folder';
import { createReg45Drafts } from './reg45-drafts';

const tempFolder = useTempFolder();

describe('migration: a Reg 45 draft names its first and last month', () => {
  it('gives each draft kept by its last quarter the two quarters ending there, keeping its words and sign-off', () => {
    const db = databaseBeforeStep(
      tempFolder(),
      'reg45-draft-months',
      `INSERT INTO reg45_drafts (id, home_id, last_quarter, analysis, standards, signed_by, signed_on,
         period_reason, updated_at) VALUES
         (3, 1, '2026-Q3', 'April to September.', '{"7":"Menus"}', 'Alex Morgan', '2026-10-05', 'Moved',
           '2026-10-05T09:00:00.000Z'),
         (4, 1, '2026-Q1', 'October to March.', '{}', NULL, NULL, NULL, '2026-04-01T09:00:00.000Z');`,
    );
    migrate(db, migrations);
    const drafts = createReg45Drafts(db);
    expect(drafts.get(1, { quarter: '2026-Q3', firstMonth: '2026-04', lastMonth: '2026-09' })).toEqual({
      homeId: 1,
      quarter: '2026-Q3',
      firstMonth: '2026-04',
      lastMonth: '2026-09',
      analysis: 'April to September.',
      standards: { '7': 'Menus' },
      signedBy: 'Alex Morgan',
      signedOn: '2026-10-05',
      periodProblem: null,
      periodReason: 'Moved',
      updatedAt: '2026-10-05T09:00:00.000Z',
    });
    // A first quarter's draft starts in October of the year before.
    expect(drafts.list(1).map((d) => [d.quarter, d.firstMonth, d.lastMonth, d.analysis])).toEqual([
      ['2026-Q1', '2025-10', '2026-03', 'October to March.'],
      ['2026-Q3', '2026-04', '2026-09', 'April to September.'],
    ]);
    const strict = db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'reg45_drafts'").get();
    expect(strict).toEqual({ strict: 1 });
    db.close();
  });

  it('refuses a period of more than six months, or one whose last month is outside its quarter', () => {
    const db = databaseBeforeStep(tempFolder(), 'reg45-draft-months', '');
    migrate(db, migrations);
    const insert = (first: string, last: string, quarter: string) => () =>
      db
        .prepare(
          `INSERT INTO reg45_drafts (home_id, last_quarter, first_month, last_month, updated_at)
           VALUES (1, ?, ?, ?, '2026-10-05T09:00:00.000Z')`,
        )
        .run(quarter, first, last);
    expect(insert('2026-01', '2026-07', '2026-Q3')).toThrow(/CHECK/);
    expect(insert('2026-02', '2026-07', '2026-Q2')).toThrow(/CHECK/);
    expect(insert('2026-02', '2026-07', '2026-Q3')).not.toThrow();
    // February to July and April to September both end in the third quarter, as separate drafts.
    expect(insert('2026-04', '2026-09', '2026-Q3')).not.toThrow();
    db.close();
  });
});
