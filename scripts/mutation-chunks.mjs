// The parts `npm run test:mutation` measures one at a time. A whole run of contract/ and db/ takes hours
// on two cores; in parts, each part keeps its own incremental file as soon as it finishes, so a run that
// is stopped keeps what it measured and the next one goes on from there.
// scripts/mutation-chunks.test.ts checks that every source file of the two folders is in exactly one part.

/** Files never mutated: tests, test helpers, framework wording and the demo home (see stryker.config.mjs). */
export const notMutated = ['**/*.test.ts', 'db/test-support/**', 'db/framework/domains-*.ts', 'db/demo/**'];

/** The tests a part is measured by, unless it names its own: those of both layers (Vitest picks the related ones). */
export const layerTests = '{contract,db}/**/*.test.ts';

export const chunks = [
  // The pure rules are measured by contract/'s own tests: through db/'s handler tests each of their
  // mutants ran hundreds of slow tests (28 mutants a minute; 600 a minute by their own tests).
  {
    name: 'contract-rules',
    folder: 'contract',
    mutate: ['contract/rules/**/*.ts'],
    tests: 'contract/**/*.test.ts',
  },
  { name: 'contract-top', folder: 'contract', mutate: ['contract/*.ts'] },
  { name: 'contract-ops-exports-hub', folder: 'contract', mutate: ['contract/{ops,exports,hub}/**/*.ts'] },
  {
    name: 'db-top',
    folder: 'db',
    mutate: ['db/*.ts', 'db/{app-lock,homes,log,notifications,reports,migrations}/**/*.ts'],
  },
  { name: 'db-backups-encryption', folder: 'db', mutate: ['db/{backups,encryption}/**/*.ts'] },
  { name: 'db-framework-home-file', folder: 'db', mutate: ['db/{framework,home-file}/**/*.ts'] },
  { name: 'db-hub-outbox', folder: 'db', mutate: ['db/hub-outbox/**/*.ts'] },
  { name: 'db-improvement', folder: 'db', mutate: ['db/improvement/**/*.ts'] },
  { name: 'db-insights', folder: 'db', mutate: ['db/insights/**/*.ts'] },
  { name: 'db-locked-mode-reg45-safety', folder: 'db', mutate: ['db/{locked-mode,reg45,safety}/**/*.ts'] },
  { name: 'db-reviews', folder: 'db', mutate: ['db/reviews/**/*.ts'] },
  { name: 'db-team', folder: 'db', mutate: ['db/team/**/*.ts'] },
  { name: 'db-voice', folder: 'db', mutate: ['db/voice/**/*.ts'] },
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
