import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { importAliases } from './import-aliases.mjs';

export default defineConfig({
  resolve: { alias: importAliases },
  plugins: [
    {
      // Migrations are plain .sql files; the Node build inlines them as text the same way (esbuild loader).
      name: 'sql-as-text',
      transform(_code, id) {
        if (!id.endsWith('.sql')) return null;
        return { code: `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`, map: null };
      },
    },
  ],
  test: {
    // Mutation testing (scripts/mutation.mjs) runs only the tests each part is measured by
    // (scripts/mutation-chunks.mjs), passed as a JSON list of globs.
    include: process.env.HALLMARKS_MUTATE
      ? (JSON.parse(process.env.HALLMARKS_MUTATE_TESTS ?? '["{contract,db}/**/*.test.ts"]') as string[])
      : ['{contract,db,electron,web,shell-shared,renderer,scripts,hub}/**/*.test.{ts,tsx}'],
    // ...and leaves out the crash, fuzz, demo and all-or-nothing tests (child processes, thousands of
    // generated calls, full demo homes, every multi-statement write failed at each of its statements: 31 s
    // for the last, times every mutant of the store it reaches), which would make every mutant they reach
    // slow; and the one test that replaces a module (vi.mock), which needs a worker of its own (see isolate).
    exclude: process.env.HALLMARKS_MUTATE
      ? [
          'db/crash-safety*.test.ts',
          'db/atomic-writes.test.ts',
          'db/encryption/encrypt-crash.test.ts',
          'db/safety/contract-fuzz.test.ts',
          'db/demo/**',
          'db/backups/backups-open-once.test.ts',
          '**/node_modules/**',
        ]
      : ['**/node_modules/**'],
    // Two shared cores under mutation testing: a slow moment must not read as a failing test.
    testTimeout: process.env.HALLMARKS_MUTATE ? 60_000 : 5_000,
    environment: 'node',
    pool: 'forks',
    // Mutation testing re-runs the covering tests once per mutant: without isolation a worker keeps the
    // modules it has imported (Stryker switches mutants at run time), instead of importing db/ again for
    // every test file of every mutant.
    isolate: !process.env.HALLMARKS_MUTATE,
    // Vitest's default is one fewer worker than cores: on CI's two cores, one file at a time. Both cores
    // halve the run (383 s to 204 s measured); mutation testing keeps its own setting (scripts/mutation.mjs).
    maxWorkers: process.env.HALLMARKS_MUTATE ? undefined : 2,
  },
});
