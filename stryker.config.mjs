// Mutation testing over the pure-Node layers: `npm run test:mutation` (scripts/mutation.mjs) runs this
// once per folder, contract/ then db/, so each folder gets its own score and its own incremental file.
// Slow by nature, so it is not part of `npm test`.
const folder = process.env.HALLMARKS_MUTATE ?? 'contract';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // On two shared cores a normal test run can take several times its usual time; a false timeout
  // restarts a test worker, which costs more than waiting.
  timeoutMS: 20000,
  timeoutFactor: 3,
  // Static mutants (module-level initialisers: zod schemas, constant tables) each need the whole suite
  // and made a run take hours on two shared cores; they are left out of the score.
  ignoreStatic: true,
  incremental: true,
  // Kept in the repository, so the next run (anyone's, after a small change) re-tests only what changed.
  incrementalFile: `docs/mutation/${folder}.incremental.json`,
  mutate: [
    `${folder}/**/*.ts`,
    '!**/*.test.ts',
    '!db/test-support/**',
    // Content, not logic: the framework's wording. Mutating a sentence only asks whether a test repeats
    // the sentence, which is the kind of test the issue asks us to drop.
    '!db/framework/domains-*.ts',
    // The demo home: sample text and a generator of made-up history for trying the app. It keeps no
    // manager's data, and its test builds a whole demo home per mutant, the slowest part of a run.
    '!db/demo/**',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${folder}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${folder}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
