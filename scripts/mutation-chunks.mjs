// The parts `npm run test:mutation` measures one at a time. A whole run of contract/ and db/ takes hours
// on two cores; in parts, each part keeps its own incremental file as soon as it finishes, so a run that
// is stopped keeps what it measured and the next one goes on from there.
// scripts/mutation-chunks.test.ts checks that every source file of the two folders is in exactly one part.

/** Files never mutated: tests, test helpers, framework wording and the demo home (see stryker.config.mjs). */
export const notMutated = ['**/*.test.ts', 'db/test-support/**', 'db/framework/domains-*.ts', 'db/demo/**'];

/** The tests a part is measured by, unless it names its own: those of both layers (Vitest picks the related ones). */
export const layerTests = ['{contract,db}/**/*.test.ts'];

/**
 * A part of db/ made of whole feature folders (and, for the top part, db/'s own files), measured by the
 * tests in those folders. Through the whole layer's tests every mutant of code that runs when a store
 * opens (each feature's handlers and prepared statements) was covered by all 450 tests that open one,
 * and a part took hours; a feature's own tests are the ones written to pin it.
 */
function dbPart(name, folders, { top = false, alsoTests = [] } = {}) {
  return {
    name,
    folder: 'db',
    mutate: [...(top ? ['db/*.ts'] : []), ...folders.map((f) => `db/${f}/**/*.ts`)],
    tests: [...(top ? ['db/*.test.ts'] : []), ...folders.map((f) => `db/${f}/**/*.test.ts`), ...alsoTests],
  };
}

export const chunks = [
  // The pure rules are measured by contract/'s own tests: through db/'s handler tests each of their
  // mutants ran hundreds of slow tests (28 mutants a minute; 600 a minute by their own tests).
  {
    name: 'contract-rules',
    folder: 'contract',
    mutate: ['contract/rules/**/*.ts'],
    tests: ['contract/**/*.test.ts'],
  },
  // The schemas, dispatch and lock rules are tested through db/'s handlers as much as by contract/'s own.
  { name: 'contract-top', folder: 'contract', mutate: ['contract/*.ts'] },
  { name: 'contract-ops-exports-hub', folder: 'contract', mutate: ['contract/{ops,exports,hub}/**/*.ts'] },
  dbPart('db-top', ['app-lock', 'homes', 'log', 'notifications', 'reports', 'migrations'], { top: true }),
  dbPart('db-backups-encryption', ['backups', 'encryption']),
  dbPart('db-framework-home-file', ['framework', 'home-file']),
  // The home's side of the hub (enrolling, the transport, staff phones' rating rounds) is pinned against a
  // real hub over a throwaway PostgreSQL, by the hub's tests of the home talking to it.
  dbPart('db-hub-outbox', ['hub-outbox'], {
    alsoTests: ['hub/src/app-to-hub.test.ts', 'hub/src/phone-rounds-app.test.ts'],
  }),
  dbPart('db-improvement', ['improvement']),
  dbPart('db-insights', ['insights']),
  dbPart('db-locked-mode-reg45-safety', ['locked-mode', 'reg45', 'safety']),
  dbPart('db-reviews', ['reviews']),
  dbPart('db-team', ['team']),
  dbPart('db-voice', ['voice']),
];

/** The chunks named on the command line: a chunk's name, or a folder for all of its chunks; none for all. */
export function chunksNamed(names) {
  if (names.length === 0) return chunks;
  return names
    .map((name) => {
      const matched = chunks.filter((c) => c.name === name || c.folder === name);
      if (matched.length === 0) throw new Error(`No mutation part is called "${name}".`);
      return matched;
    })
    .flat();
}
