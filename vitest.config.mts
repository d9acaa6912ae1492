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
    // Mutation testing (scripts/mutation.mjs) runs only the tests of the layers it mutates.
    include: process.env.HALLMARKS_MUTATE
      ? ['{contract,db}/**/*.test.ts']
      : ['{contract,db,electron,web,renderer,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
  },
});
