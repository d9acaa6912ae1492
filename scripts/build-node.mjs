// Bundles the Node-side entry points (Electron main and preload, browser mode, command-line tools) with
// esbuild. Migrations stay plain .sql files and are inlined as text.
import { build } from 'esbuild';
import { importAliases } from '../import-aliases.mjs';
import commandLine from './command-line.cjs';

commandLine.commandLineOrExit({
  command: 'node scripts/build-node.mjs',
  summary:
    'Bundles the Node side of Hallmarks (Electron main and preload, browser mode, the sample-data,\n' +
    'export, import and benchmark commands, the provider hub) into dist/. `npm run build` runs it after building the screens.',
  options: [],
});

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  loader: { '.sql': 'text' },
  alias: importAliases,
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  logLevel: 'warning',
};

const entries = [
  { in: 'electron/main.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload.ts', out: 'dist/electron/preload.cjs' },
  { in: 'web/cli.ts', out: 'dist/web/cli.cjs' },
  { in: 'scripts/seed-demo.ts', out: 'dist/scripts/seed-demo.cjs' },
  { in: 'web/report-cli.ts', out: 'dist/web/report-cli.cjs', external: ['playwright-core'] },
  { in: 'scripts/export-home.ts', out: 'dist/scripts/export-home.cjs' },
  { in: 'scripts/import-home.ts', out: 'dist/scripts/import-home.cjs' },
  // The provider hub (hub/). pg-native is pg's optional libpq binding, not used; argon2 loads a .node file.
  { in: 'hub/src/cli.ts', out: 'dist/hub/cli.cjs', external: ['pg-native', '@node-rs/argon2'] },
  {
    in: 'hub/bench/hub-bench.ts',
    out: 'dist/hub/bench.cjs',
    external: ['pg-native', '@node-rs/argon2', 'esbuild'],
  },
  { in: 'bench/bench.ts', out: 'dist/bench/bench.cjs', external: ['esbuild', 'playwright-core'] },
  {
    in: 'bench/profile-first-render.ts',
    out: 'dist/bench/profile-first-render.cjs',
    external: ['esbuild', 'playwright-core'],
  },
];

await Promise.all(
  entries.map((entry) =>
    build({
      ...common,
      entryPoints: [entry.in],
      outfile: entry.out,
      external: [...common.external, ...(entry.external ?? [])],
    }),
  ),
);
