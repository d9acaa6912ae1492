import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { z } from 'zod';
import { operationNames } from '../../contract/operation-names';
import { operations } from '../../contract/operations';
import { currentFramework } from '../framework';
import type { Store } from '../store';

/** Every row of every table, hashed: "no change" means this is the same before and after. */
export function digest(store: Store): string {
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
    '2026-02',
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
  // A Reg 45 draft's months: February to July ends in the third quarter, as `quarter` does.
  firstMonth: '2026-02',
  lastMonth: '2026-07',
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

export const call = fc.oneof(...operationNames.map((name) => fc.tuple(fc.constant(name), inputFor(name))));
