import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openConnection } from './connection';
import { hallmarksV2 } from './framework/hallmarks-v2';
import { hallmarksV3 } from './framework/hallmarks-v3';
import { schemaVersion } from './migrate';
import { migrations } from './migrations';
import { openStore } from './store';
import { sampleAtOldSchema } from './test-support/sample-at-old-schema';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
const NOW = new Date('2026-12-07T10:00:00Z');
/** The schema as it was before framework version 3 arrived. */
const BEFORE = migrations.slice(
  0,
  migrations.findIndex((m) => m.name === 'v3-framework'),
);
/** Everything a completed review is: the review, its answers, judgements, SCCIF judgements and history. */
const REVIEW_TABLES = ['review_indicators', 'review_domains', 'review_judgements', 'review_events'];

const tablesOf = (db: Database) =>
  db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
const columnsOf = (db: Database, table: string) =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((c) => `"${c.name}"`)
    .join(', ');

/** A hash of every row of each completed version 2 review, in the columns the tables had before. */
function hashCompletedV2(db: Database, columns: Record<string, string>): Map<number, string> {
  const ids = db
    .prepare<[], { id: number }>(
      "SELECT id FROM reviews WHERE status = 'completed' AND framework_version = 2 ORDER BY id",
    )
    .all();
  return new Map(
    ids.map(({ id }) => [
      id,
      createHash('sha256')
        .update(
          JSON.stringify([
            db.prepare(`SELECT ${columns.reviews} FROM reviews WHERE id = ?`).all(id),
            ...REVIEW_TABLES.map((t) =>
              db.prepare(`SELECT ${columns[t]} FROM ${t} WHERE review_id = ? ORDER BY rowid`).all(id),
            ),
          ]),
        )
        .digest('hex'),
    ]),
  );
}

/** The whole sample home (three completed version 2 reviews) in a database at the schema before v3. */
async function sampleBeforeV3(folder: string): Promise<string> {
  const { db, file } = await sampleAtOldSchema(folder, NOW, BEFORE);
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (const table of tablesOf(db)) {
      const columns = columnsOf(db, table);
      db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM source.${table}`);
    }
  })();
  db.pragma('foreign_keys = ON');
  db.exec('DETACH DATABASE source');
  expect(schemaVersion(db)).toBe(BEFORE.length);
  db.close();
  return file;
}

describe('the version 3 migration and completed version 2 reviews', () => {
  it('leaves every row of every completed v2 review identical, and each still reads as version 2', async () => {
    const file = await sampleBeforeV3(tempFolder());
    const { db } = openConnection(file);
    const columns = Object.fromEntries(['reviews', ...REVIEW_TABLES].map((t) => [t, columnsOf(db, t)]));
    const before = hashCompletedV2(db, columns);
    db.close();
    expect(before.size).toBeGreaterThanOrEqual(2);

    const store = openStore({ file, appVersion: 't', now: () => NOW });
    expect(schemaVersion(store.db)).toBe(migrations.length);
    expect([...hashCompletedV2(store.db, columns).entries()]).toEqual([...before.entries()]);

    const v2Keys = hallmarksV2.domains.flatMap((d) => d.indicators.map((i) => i.key));
    for (const id of before.keys()) {
      const review = store.handlers['reviews.get']({ id });
      expect(review.frameworkVersion).toBe(2);
      expect(review.status).toBe('completed');
      expect(review.indicators.map((i) => i.key)).toEqual(v2Keys);
      expect(review.indicators.map((i) => i.key)).not.toContain('safe.liberty');
    }
    store.close();
  });

  it('starts the next review against version 3, with the new indicators', async () => {
    const file = await sampleBeforeV3(tempFolder());
    const store = openStore({ file, appVersion: 't', now: () => NOW });
    const homeId = store.handlers['homes.list']({})[0]!.id;
    const taken = new Set(store.handlers['reviews.list']({ homeId }).map((r) => r.quarter));
    const quarter = ['2026-Q4', '2027-Q1'].find((q) => !taken.has(q))!;
    const review = store.handlers['reviews.start']({ homeId, quarter });
    expect(review.frameworkVersion).toBe(3);
    expect(review.indicators.map((i) => i.key)).toEqual(
      hallmarksV3.domains.flatMap((d) => d.indicators.map((i) => i.key)),
    );
    expect(review.indicators.map((i) => i.key)).toContain('voice.identity');
    // The new figures and staff dates start empty: nothing is made up for the quarters already recorded.
    const figures = store.handlers['metrics.get']({ homeId, quarter: [...taken].sort().at(-1)! });
    expect(figures?.values.policeCallouts).toBeNull();
    expect(store.handlers['staff.list']({ homeId }).every((m) => m.lastSupervisionOn === null)).toBe(true);
    store.close();
  });
});
