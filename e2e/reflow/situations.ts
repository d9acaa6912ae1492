import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import type { SituationFacts } from './build-situations';
import type { SituationName } from './texts';

const ROOT = path.resolve(__dirname, '..', '..');
type Builder = (name: SituationName, file: string) => SituationFacts;
let builder: Builder | null = null;

/**
 * Bundles a Node-side helper (`entry`, next to the caller) once per worker and loads it: the store imports
 * its migrations as .sql text, which Playwright's loader cannot. The bundle sits under node_modules so it
 * finds better-sqlite3.
 */
export async function loadBundled<T>(entry: string): Promise<T> {
  const folder = path.join(ROOT, 'node_modules', '.cache', 'hallmarks-e2e');
  mkdirSync(folder, { recursive: true });
  const outfile = path.join(folder, `${path.basename(entry, '.ts')}-${process.pid}.cjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    loader: { '.sql': 'text' },
    // The import aliases (@contract/...), as tsc reads them.
    tsconfig: path.join(ROOT, 'tsconfig.base.json'),
    external: ['better-sqlite3-multiple-ciphers'],
    logLevel: 'warning',
  });
  const loaded = createRequire(__filename)(outfile) as T;
  rmSync(outfile); // Loaded now; the next run bundles afresh.
  return loaded;
}

async function loadBuilder(): Promise<Builder> {
  builder ??= (await loadBundled<{ buildSituation: Builder }>(path.join(__dirname, 'build-situations.ts')))
    .buildSituation;
  return builder;
}

/** Writes the situation's data to `file` (a new data file) and returns what the routes need. */
export async function buildSituation(name: SituationName, file: string): Promise<SituationFacts> {
  return (await loadBuilder())(name, file);
}
