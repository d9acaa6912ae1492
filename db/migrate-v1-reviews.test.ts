import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openConnection } from './connection';
import { schemaVersion } from './migrate';
import { migrations } from './migrations';
import { sccifJudgementsForReview } from './reviews/sccif-judgements';
import { openStore } from './store';
import { sampleAtOldSchema } from './test-support/sample-at-old-schema';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');
/** The schema as it was before the SCCIF judgements arrived. */
const BEFORE = migrations.slice(
  0,
  migrations.findIndex((m) => m.name === 'sccif-judgements'),
);
const TABLES = [
  'homes',
  'reviews',
  'review_indicators',
  'review_domains',
  'review_events',
  'quarterly_metrics',
];

type Shape = Record<string, string>;

/** Each hashed table's columns as they were before the upgrade; a column added later holds nothing of old. */
function shapeOf(db: Database): Shape {
  const list = (table: string) =>
    db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all()
      .map((c) => `"${c.name}"`)
      .join(', ');
  return Object.fromEntries(
    ['reviews', 'review_indicators', 'review_domains', 'review_events'].map((t) => [t, list(t)]),
  );
}

/**
 * A hash of every row of each completed version 1 review (the review, its answers, judgements and history),
 * in the columns the tables had before the upgrade.
 */
function hashCompletedV1(db: Database, shape: Shape): Map<number, string> {
  const ids = db
    .prepare<[], { id: number }>(
      "SELECT id FROM reviews WHERE status = 'completed' AND framework_version = 1 ORDER BY id",
    )
    .all();
  const rows = (sql: string, id: number) => db.prepare(sql).all(id);
  return new Map(
    ids.map(({ id }) => [
      id,
      createHash('sha256')
        .update(
          JSON.stringify([
            rows(`SELECT ${shape.reviews} FROM reviews WHERE id = ?`, id),
            rows(
              `SELECT ${shape.review_indicators} FROM review_indicators WHERE review_id = ? ORDER BY position, indicator_key`,
              id,
            ),
            rows(
              `SELECT ${shape.review_domains} FROM review_domains WHERE review_id = ? ORDER BY domain_key`,
              id,
            ),
            rows(`SELECT ${shape.review_events} FROM review_events WHERE review_id = ? ORDER BY id`, id),
          ]),
        )
        .digest('hex'),
    ]),
  );
}

/** A database at the schema before version 2, holding the sample home's version 1 reviews. */
async function oldDatabaseWithV1Reviews(folder: string): Promise<string> {
  const { db, file } = await sampleAtOldSchema(folder, NOW, BEFORE);
  db.transaction(() => {
    for (const table of TABLES) {
      const columns = db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((c) => c.name)
        .join(', ');
      const v1Only =
        table === 'reviews'
          ? ' WHERE framework_version = 1'
          : table.startsWith('review_')
            ? ' WHERE review_id IN (SELECT id FROM source.reviews WHERE framework_version = 1)'
            : '';
      db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM source.${table}${v1Only}`);
    }
  })();
  db.exec('DETACH DATABASE source');
  expect(schemaVersion(db)).toBe(BEFORE.length);
  db.close();
  return file;
}

describe('the version 2 migration and completed version 1 reviews', () => {
  it('leaves every row of every completed v1 review identical (hashed before and after)', async () => {
    const file = await oldDatabaseWithV1Reviews(tempFolder());
    const { db } = openConnection(file);
    const shape = shapeOf(db);
    const before = hashCompletedV1(db, shape);
    db.close();
    expect(before.size).toBe(5);

    const store = openStore({ file, appVersion: 't', now: () => NOW });
    expect(schemaVersion(store.db)).toBe(migrations.length);
    const after = hashCompletedV1(store.db, shape);
    expect([...after.entries()]).toEqual([...before.entries()]);
    store.close();
  });

  it('shows their three judgements as not recorded, and keeps their own overall', async () => {
    const file = await oldDatabaseWithV1Reviews(tempFolder());
    const { db } = openConnection(file);
    const overalls = db.prepare<[], { id: number; overall: number }>('SELECT id, overall FROM reviews').all();
    db.close();

    const store = openStore({ file, appVersion: 't', now: () => NOW });
    expect(store.db.prepare('SELECT count(*) AS n FROM review_judgements').get()).toEqual({ n: 0 });
    for (const { id, overall } of overalls) {
      const review = store.handlers['reviews.get']({ id });
      expect(review.frameworkVersion).toBe(1);
      expect(review.overall).toBe(overall);
      expect(review.sccif).toBeNull();
      expect(sccifJudgementsForReview(store.db, id)).toBeNull();
    }
    const homeId = store.handlers['homes.list']({})[0]!.id;
    const dashboard = store.handlers['dashboard.get']({ homeId });
    expect(dashboard.history.map((h) => h.sccif)).toEqual([null, null, null, null, null]);
    expect(dashboard.history.map((h) => h.overall)).toEqual(overalls.map((o) => o.overall));
    expect(dashboard.sccif.experiences.latest).toBeNull();
    store.close();
  });
});
