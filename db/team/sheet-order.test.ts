import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HomeFile } from '../../contract/home-file';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { openStore } from '../store';
import { databaseBeforeStep } from '../test-support/before-step';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const RATERS = 8;

/** A round rated by eight people one after another, each giving every indicator their own number 0-4. */
function ratedInOrder() {
  const store = openStore({
    file: path.join(tempFolder(), 'h.sqlite'),
    appVersion: '1.0.0',
    now: () => new Date('2026-07-10T10:00:00Z'),
  });
  const { handlers } = store;
  const homeId = handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 4 }).id;
  const review = handlers['reviews.start']({ homeId, quarter: '2026-Q3' });
  const round = handlers['teamRound.open']({ reviewId: review.id, domainKeys: ['leadership'] });
  const keys = handlers['rating.sheet']({ roundId: round.id }).domains.flatMap((d) =>
    d.indicators.map((i) => i.key),
  );
  // The n-th person rates the first indicator n % 5, so each sheet's place in the order can be told.
  for (let n = 0; n < RATERS; n++) {
    const ratings = keys.map((indicatorKey, k) => ({ indicatorKey, rating: ((k === 0 ? n : 2) % 5) as 0 }));
    handlers['rating.submit']({ roundId: round.id, staffId: null, fromPaper: false, ratings });
  }
  return { store, homeId, round, firstKey: keys[0]! };
}

/** The first indicator's rating on each sheet, in the order of the sheets' ids. */
const firstRatingsByRowOrder = (rows: { sheet_id: number; rating: number }[]) =>
  rows.sort((a, b) => a.sheet_id - b.sheet_id).map((r) => r.rating);
const submitted = Array.from({ length: RATERS }, (_, n) => n % 5);

describe('private ratings keep no order of who rated when', () => {
  it('stores no time on a sheet, and numbers sheets in no order', () => {
    const { store, firstKey } = ratedInOrder();
    const columns = (table: string) =>
      (store.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('team_sheets')).toEqual(['id', 'round_id', 'from_paper']);
    const rows = store.db
      .prepare('SELECT sheet_id, rating FROM team_ratings WHERE indicator_key = ?')
      .all(firstKey) as { sheet_id: number; rating: number }[];
    expect(rows).toHaveLength(RATERS);
    // Eight sheets in rating order by chance: one in 40,320.
    expect(firstRatingsByRowOrder(rows)).not.toEqual(submitted);
    // No hidden rowid numbers the ratings in the order they were written.
    expect(() => store.db.prepare('SELECT rowid FROM team_ratings').all()).toThrow();
    store.close();
  });

  it('exports the open round with no time and no order on its sheets', () => {
    const { store, homeId, firstKey } = ratedInOrder();
    const file = JSON.parse(
      store.handlers['homes.export']({ id: homeId, unencrypted: true }).text,
    ) as HomeFile;
    expect(file.tables.team_sheets!.columns).toEqual(['id', 'round_id', 'from_paper']);
    const ratings = file.tables.team_ratings!;
    const [sheetAt, keyAt, ratingAt] = ['sheet_id', 'indicator_key', 'rating'].map((c) =>
      ratings.columns.indexOf(c),
    ) as [number, number, number];
    const first = ratings.rows
      .filter((r) => r[keyAt] === firstKey)
      .map((r) => ({ sheet_id: r[sheetAt] as number, rating: r[ratingAt] as number }));
    expect(firstRatingsByRowOrder(first)).not.toEqual(submitted);
    store.close();
  });

  it('still reveals every rating once rating ends', () => {
    const { store, round, firstKey } = ratedInOrder();
    store.handlers['teamRound.close']({ roundId: round.id });
    const tallies = store.db
      .prepare('SELECT rating, count(*) AS n FROM team_ratings WHERE indicator_key = ? GROUP BY rating')
      .all(firstKey);
    expect(tallies).toEqual([0, 1, 2, 3, 4].map((rating) => ({ rating, n: rating < 3 ? 2 : 1 })));
    store.close();
  });
});

describe('migration: unordered sheets', () => {
  it('drops each sheet’s time and renumbers the sheets out of order, keeping every sheet’s ratings together', () => {
    const sheets = Array.from({ length: RATERS }, (_, n) => n + 50);
    const db = databaseBeforeStep(
      tempFolder(),
      'unordered-sheets',
      `
      INSERT INTO team_rounds (id, review_id, domain_keys) VALUES (20, 7, '["leadership"]');
      INSERT INTO team_sheets (id, round_id, from_paper, finished_at) VALUES
        ${sheets.map((id, n) => `(${id}, 20, ${n === 3 ? 1 : 0}, '2026-07-10T09:0${n}:00.000Z')`).join(', ')};
      INSERT INTO team_ratings (sheet_id, indicator_key, rating) VALUES
        ${sheets.map((id, n) => `(${id}, 'a', ${n % 5}), (${id}, 'b', ${(n * 3) % 5})`).join(', ')};
    `,
    );
    const pairs = () =>
      (
        db
          .prepare(
            `SELECT s.from_paper, group_concat(t.rating, '') AS ratings FROM team_sheets s
             JOIN team_ratings t ON t.sheet_id = s.id GROUP BY s.id ORDER BY ratings`,
          )
          .all() as object[]
      ).map((r) => JSON.stringify(r));
    const before = pairs();
    migrate(db, migrations);
    expect(pairs()).toEqual(before);
    expect(
      (db.prepare('PRAGMA table_info(team_sheets)').all() as { name: string }[]).map((c) => c.name),
    ).toEqual(['id', 'round_id', 'from_paper']);
    const ids = (db.prepare('SELECT id FROM team_sheets ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    expect(ids).not.toEqual(sheets);
    const firstByOrder = db
      .prepare("SELECT sheet_id, rating FROM team_ratings WHERE indicator_key = 'a'")
      .all() as { sheet_id: number; rating: number }[];
    expect(firstRatingsByRowOrder(firstByOrder)).not.toEqual(submitted);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
