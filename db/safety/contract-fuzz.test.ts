import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import { operationNames } from '../../contract/operation-names';
import { operations } from '../../contract/operations';
import { currentFramework } from '../framework';
import { openStore, type Store } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { startWebServer } from '../../web/server';

const tempFolder = useTempFolder();
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const BATCH = 1_000;

/** Every row of every table, hashed: "no change" means this is the same before and after. */
function digest(store: Store): string {
  const hash = createHash('sha256');
  const tables = store.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables)
    hash.update(JSON.stringify(store.db.prepare(`SELECT * FROM "${table}"`).raw().all()));
  return hash.digest('hex');
}

const someIndicator = currentFramework.domains[0]!.indicators[0]!.key;
const someDomain = currentFramework.domains[0]!.key;

/** Values that sit near what operations accept, and far from it. */
const value = fc.oneof(
  fc.constantFrom(
    1,
    2,
    0,
    -1,
    2 ** 53,
    null,
    true,
    '',
    ' ',
    '2026-Q3',
    '2026-11-20',
    someIndicator,
    someDomain,
    'SC123456',
  ),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constant('x'.repeat(10_001)),
  fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.constant(null)),
    { maxKeys: 3 },
  ),
);

/** A valid value for each field name the contract uses, so whole inputs often get through to a handler. */
const VALID: Record<string, unknown> = {
  id: 1,
  homeId: 1,
  reviewId: 1,
  version: 1,
  quarter: '2026-Q3',
  indicatorKey: someIndicator,
  domainKey: someDomain,
  rating: 3,
  judgement: 2,
  overall: 2,
  note: 'Evidence',
  rationale: 'Because',
  strengths: 'Warmth',
  improvements: 'Records',
  sources: [],
  otherSource: '',
  discuss: false,
  name: 'Oak',
  urn: null,
  registeredManager: null,
  places: 2,
  signedByName: 'Sam',
  signedByRole: 'Registered manager',
  signedOn: '2026-11-20',
  byName: 'Sam',
  reason: 'A correction',
  values: { complaints: 1 },
  completedOn: '2026-11-20',
  key: 'alert',
  statement: 'We listen',
};
const near = (key: string) =>
  fc.oneof({ arbitrary: fc.constant(VALID[key]), weight: 3 }, { arbitrary: value, weight: 1 });

/** An input for one operation: its own field names with valid or random values, or anything at all. */
function inputFor(name: (typeof operationNames)[number]) {
  const schema = z.toJSONSchema(operations[name].input, { unrepresentable: 'any', io: 'input' }) as {
    properties?: object;
  };
  const keys = Object.keys(schema.properties ?? {});
  const fields = Object.fromEntries(keys.map((k) => [k, near(k)]));
  const anything = fc.anything({ maxDepth: 3 });
  // The sample home is years of data: made once by the test, only refused here, to keep the run short.
  // A random folder name would be created wherever it points (this runs as root in CI): only refusals.
  if (name === 'backups.setFolder') {
    return anything.filter((v) => typeof (v as { folder?: unknown } | null)?.folder !== 'string');
  }
  if (name === 'demo.create') return anything.filter((v) => v !== undefined && JSON.stringify(v) !== '{}');
  if (keys.length === 0)
    return fc.oneof({ arbitrary: fc.constant({}), weight: 1 }, { arbitrary: anything, weight: 5 });
  return fc.oneof(
    { arbitrary: fc.record(fields), weight: 20 },
    { arbitrary: fc.record(fields, { requiredKeys: [] }), weight: 5 },
    { arbitrary: anything, weight: 10 },
  );
}

const call = fc.oneof(...operationNames.map((name) => fc.tuple(fc.constant(name), inputFor(name))));

describe('contract fuzzing (fast-check)', () => {
  it(`survives ${RUNS.toLocaleString('en-GB')} random calls across every operation`, async () => {
    const seen = new Set<string>();
    const accepted = new Set<string>();
    // In batches, each on a fresh database, so what earlier calls saved never slows the later ones.
    for (let batch = 0; batch < RUNS / BATCH; batch++) {
      const store = openStore({ file: path.join(tempFolder(), `fuzz-${batch}.sqlite`), appVersion: 't' });
      store.db.pragma('synchronous = OFF'); // durability is the crash test's job; here, speed
      const home = store.handlers['homes.create']({
        name: 'Fuzz home',
        urn: null,
        registeredManager: null,
        places: 3,
      });
      store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
      const logged: unknown[] = [];
      let state = digest(store);
      // Prepared on each call: a restore replaces the connection.
      const changes = { get: () => store.db.prepare('SELECT total_changes()').pluck().get() };
      await fc.assert(
        fc.asyncProperty(call, async ([name, input]) => {
          seen.add(name);
          const changesBefore = changes.get();
          const result = await dispatch(store.handlers, name, input, (error) => logged.push(error));
          expect(logged).toEqual([]); // nothing reached the "internal" path
          if (result.ok) {
            accepted.add(name);
            state = digest(store);
          } else {
            expect(result.error.code).not.toBe('internal');
            expect(result.error.message.length).toBeGreaterThan(0);
            // Refused input changed nothing (total_changes counts rolled-back statements too: then compare every row).
            if (changes.get() !== changesBefore) expect(digest(store)).toBe(state);
          }
        }),
        { numRuns: BATCH },
      );
      store.close();
    }
    expect([...seen].sort()).toEqual([...operationNames].sort());
    // The inputs reach the handlers, not only the schema checks.
    expect(accepted.size).toBeGreaterThan(operationNames.length / 2);
  }, 300_000);

  it('the browser-mode server answers 1,000 random requests with JSON, never a 500', async () => {
    const folder = tempFolder();
    mkdirSync(path.join(folder, 'renderer'));
    const key = 'k'.repeat(32);
    const server = await startWebServer({
      dbFile: path.join(folder, 'web.sqlite'),
      rendererDir: path.join(folder, 'renderer'),
      appVersion: 't',
      key,
    });
    const body = fc.oneof(
      call.map(([name, input]) => JSON.stringify({ name, input })),
      fc.json({ maxDepth: 4 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    try {
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const response = await fetch(`${server.origin}/api/invoke`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Origin: server.origin, 'X-Hallmarks-Key': key },
            body: text,
          });
          expect(response.status).toBeLessThan(500);
          const answer = (await response.json()) as { ok: boolean; error?: { code: string } };
          expect(answer.error?.code).not.toBe('internal');
        }),
        { numRuns: 1_000 },
      );
    } finally {
      await server.close();
    }
  }, 120_000);
});
