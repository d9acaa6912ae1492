import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { createRoundsRepository } from './team/rounds-repository';
import { databaseBeforeStep } from './test-support/before-step';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();

/** A database from before the step: round 20 ended by hand (a preference), round 21 still open. */
function databaseBefore() {
  return databaseBeforeStep(
    tempFolder(),
    'round-ended',
    `
    INSERT INTO team_rounds (id, review_id, domain_keys, created_at) VALUES
      (20, 7, '[]', '2026-07-01T09:00:00.000Z'), (21, 8, '[]', '2026-10-01T09:00:00.000Z');
    INSERT INTO preferences (key, value) VALUES
      ('teamRound.closed.20.2026-07-01T09:00:00.000Z', '2026-07-10T10:30:00.000Z'),
      -- A round 21 made earlier and since deleted: its mark must not end today's round 21.
      ('teamRound.closed.21.2026-01-01T09:00:00.000Z', '2026-01-10T10:30:00.000Z'),
      ('backup.folder', '/backups');
  `,
  );
}

describe('migration: a round’s ending kept in its own row', () => {
  it('moves each ended mark into its round and removes the marks, leaving other preferences', () => {
    const db = databaseBefore();
    migrate(db, migrations);
    expect(db.prepare('SELECT id, ended_at FROM team_rounds ORDER BY id').all()).toEqual([
      { id: 20, ended_at: '2026-07-10T10:30:00.000Z' },
      { id: 21, ended_at: null },
    ]);
    expect(db.prepare('SELECT key, value FROM preferences').all()).toEqual([
      { key: 'backup.folder', value: '/backups' },
    ]);
    const rounds = createRoundsRepository(db);
    expect([rounds.get(20).closed, rounds.get(21).closed]).toEqual([true, false]);
    const strict = db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'team_rounds'").get();
    expect(strict).toEqual({ strict: 1 });
  });
});
