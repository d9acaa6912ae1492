// Bundles the Node-side entry points (Electron main and preload, browser mode, command-line tools) with
// esbuild. Migrations stay plain .sql files and are inlined as text.
import { existsSync } from 'node:fs';
import path from 'node:path';
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

/**
 * esbuild takes renderer/src/shared/unencrypted/unencryptedWarning.ts and UnencryptedWarning.tsx (names
 * that differ only in case) for one file; Vite does not. Resolves the two by their exact names.
 */
const exactCaseNames = {
  name: 'exact-case-names',
  setup(builder) {
    builder.onResolve({ filter: /\/[uU]nencryptedWarning$/ }, (args) => {
      const base = args.path.startsWith('@shared/')
        ? path.join(importAliases['@shared'], args.path.slice('@shared/'.length))
        : path.resolve(args.resolveDir, args.path);
      const found = ['.ts', '.tsx'].map((ext) => base + ext).find((file) => existsSync(file));
      return found ? { path: found } : undefined;
    });
  },
};

/**
 * The renderer's first screen, rendered in the main process (renderer/src/firstScreenHtml.tsx): both
 * shells load it at run time (shell-shared/first-screen.ts). Stylesheets are the page's business.
 */
const firstScreen = build({
  ...common,
  entryPoints: ['renderer/src/firstScreenHtml.tsx'],
  outfile: 'dist/first-screen.cjs',
  jsx: 'automatic',
  loader: { ...common.loader, '.css': 'empty' },
  define: { 'process.env.NODE_ENV': '"production"' },
  resolveExtensions: ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'],
  plugins: [exactCaseNames],
});

await Promise.all([
  firstScreen,
  ...entries.map((entry) =>
    build({
      ...common,
      entryPoints: [entry.in],
      outfile: entry.out,
      external: [...common.external, ...(entry.external ?? [])],
    }),
  ),
]);
