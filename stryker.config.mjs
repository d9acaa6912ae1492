// Mutation testing over the pure-Node layers (contract/ and db/): `npm run test:mutation`.
// Slow by nature, so it is not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Static mutants (module-level initialisers: zod schemas, constant tables) each need the whole suite
  // and made a run take about two hours on two shared cores; they are left out of the score.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  mutate: [
    'contract/**/*.ts',
    'db/**/*.ts',
    '!**/*.test.ts',
    '!db/test-support/**',
    // Content, not logic: the framework's wording and the demo home's story text. Mutating a sentence
    // only asks whether a test repeats the sentence, which is the kind of test the issue asks us to drop.
    '!db/framework/domains-*.ts',
    '!db/demo/demo-notes*.ts',
    '!db/demo/demo-story.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
