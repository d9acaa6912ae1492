import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useNewStores } from '../test-support/home-file-fixture';
import { homeRows, homeTables } from './home-tables';

const newStore = useNewStores();

/** How many rows of each home table belong to home `homeId`. */
function rowCounts(db: Database, homeId: number): Record<string, number> {
  const tables = homeTables(db);
  const rows = homeRows(db, tables, homeId);
  return Object.fromEntries(tables.map((t) => [t.name, rows.get(t.name)!.length]));
}

const allTables = (db: Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('the sample home, exported and imported into another computer', () => {
  it('arrives with every row of every home table, and leaves nothing of the home behind', () => {
    const from = newStore();
    const sample = from.handlers['demo.create']({});
    // One round ended by hand rather than by its meeting: the ending travels in the round's row.
    const open = from.handlers['reviews.start']({ homeId: sample.id, quarter: '2026-Q4' });
    const round = from.handlers['teamRound.open']({ reviewId: open.id, domainKeys: [] });
    from.handlers['teamRound.close']({ roundId: round.id });
    const before = rowCounts(from.db, sample.id);
    // The whole database holds only the sample home, so a table the walk missed would show up here.
    for (const [table, count] of Object.entries(before)) {
      const n = (from.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      expect([table, count]).toEqual([table, n]);
    }
    // The tables that are not the home's hold only this computer's state.
    const home = new Set(Object.keys(before));
    expect(
      allTables(from.db)
        .filter((t) => !home.has(t))
        .sort(),
    ).toEqual([
      // The provider hub's connection, queue and phone codes belong to this computer (see home-tables.ts).
      'hub_connections',
      'hub_outbox',
      'hub_phone_rounds',
      'locked_mode',
      'manager_pin',
      'pin_attempts',
      'preferences',
    ]);
    const kept = from.db.prepare('SELECT key FROM preferences ORDER BY key').pluck().all();
    // file_id is the data file's own id (which backups are its own), never a home's.
    expect(kept).toEqual(['currentHomeId', 'file_id']);

    const text = from.handlers['homes.export']({ id: sample.id, unencrypted: true }).text;
    const to = newStore();
    const { homeId } = to.handlers['homes.import']({ text, replaceHomeId: null });
    expect(rowCounts(to.db, homeId)).toEqual(before);
    expect(Object.values(before).reduce((a, b) => a + b)).toBeGreaterThan(1000);
    const [imported] = to.handlers['reviews.list']({ homeId }).filter((r) => r.quarter === '2026-Q4');
    expect(to.handlers['teamRound.get']({ reviewId: imported!.id })).toMatchObject({ closed: true });
    from.close();
    to.close();
  });
});
