// Mutation testing over the pure-Node layers, one part at a time: `npm run test:mutation`
// (scripts/mutation.mjs) runs this once per part of contract/ and db/ (scripts/mutation-chunks.mjs),
// with HALLMARKS_MUTATE_CHUNK naming the part. Slow by nature, so it is not part of `npm test`.
import { chunks, notMutated } from './scripts/mutation-chunks.mjs';

const name = process.env.HALLMARKS_MUTATE_CHUNK ?? 'contract-rules';
const chunk = chunks.find((c) => c.name === name);
if (!chunk) throw new Error(`No mutation part is called "${name}".`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: only the test files that import the part's files (through the module graph) run.
  vitest: { configFile: 'vitest.config.mts', related: true },
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
  incrementalFile: `docs/mutation/${chunk.name}.incremental.json`,
  // Left out (scripts/mutation-chunks.mjs): tests and their helpers; the framework's wording (mutating a
  // sentence only asks whether a test repeats it); the demo home (sample text and made-up history,
  // keeping no manager's data, whose test builds a whole home per mutant).
  mutate: [...chunk.mutate, ...notMutated.map((glob) => `!${glob}`)],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${chunk.name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${chunk.name}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
