import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canMakeReadOnly, useReadOnlyFolders } from '../db/test-support/read-only';

/**
 * Every command-line entry point, run as a person runs it: `--help` prints the usage and exits 0, and a
 * mistyped option names itself, shows the usage and exits 2, never a stack trace. The TypeScript entry
 * points are bundled the way scripts/build-node.mjs bundles them.
 */
const ROOT = path.resolve(__dirname, '..');
const BUNDLED = {
  web: 'web/cli.ts',
  seed: 'scripts/seed-demo.ts',
  export: 'scripts/export-home.ts',
  import: 'scripts/import-home.ts',
  bench: 'bench/bench.ts',
  profile: 'bench/profile-first-render.ts',
} as const;
const PLAIN = { start: 'scripts/start-electron.mjs', build: 'scripts/build-node.mjs' } as const;
type Entry = keyof typeof BUNDLED | keyof typeof PLAIN;

let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-entries-'));
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(BUNDLED).map(([name, file]) => [name, path.join(ROOT, file)]),
    ),
    outdir: folder,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    loader: { '.sql': 'text' },
    // The import aliases (@contract/...), as tsc reads them.
    tsconfig: path.join(ROOT, 'tsconfig.base.json'),
    external: ['electron', 'better-sqlite3-multiple-ciphers', 'esbuild', 'playwright-core'],
    logLevel: 'silent',
  });
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(entry: Entry, args: string[]) {
  const file =
    entry in BUNDLED
      ? path.join(folder, `${entry}.cjs`)
      : path.join(ROOT, PLAIN[entry as keyof typeof PLAIN]);
  const result = spawnSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
    cwd: folder,
    timeout: 20_000,
    // The bundles sit outside the project: point them at its node_modules for better-sqlite3.
    // The data files they make are encrypted, with this passphrase.
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), HALLMARKS_PASSPHRASE: PASSPHRASE },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const STACK_LINE = /^\s+at /m;
const PASSPHRASE = 'entry points passphrase';
/** Each run starts Node and loads the entry point's bundle; allow for a busy machine. */
const SLOW = 30_000;
const COMMANDS: Record<Entry, string> = {
  web: 'npm run web -- [options]',
  seed: 'npm run seed:demo -- [options]',
  export: 'npm run export -- [options]',
  import: 'npm run import -- [options]',
  bench: 'npm run bench -- [options]',
  profile: 'npm run bench:profile --',
  start: 'npm start -- [options]',
  build: 'node scripts/build-node.mjs',
};

describe.each(Object.keys(COMMANDS) as Entry[])('%s', (entry) => {
  it('prints its usage for --help and -h, and does nothing else', { timeout: SLOW }, () => {
    for (const flag of ['--help', '-h']) {
      const result = run(entry, [flag]);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out.split('\n')[0]).toBe(`Usage: ${COMMANDS[entry]}`);
      expect(result.out).toContain('-h, --help');
    }
  });

  it('names an unknown option and shows the usage', { timeout: SLOW }, () => {
    const result = run(entry, ['--colour', 'blue']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')[0]).toBe(
      'Hallmarks: --colour is not an option. Use one of those listed below.',
    );
    expect(result.err).toContain(`Usage: ${COMMANDS[entry]}`);
    expect(result.err).not.toMatch(STACK_LINE);
  });
});

describe('option values', () => {
  it('npm run web says what a usable port is', { timeout: SLOW }, () => {
    for (const port of ['abc', '70000', '-1', '1.5']) {
      const result = run('web', [`--port=${port}`]);
      expect(result.code).toBe(2);
      expect(result.err.split('\n')[0]).toBe(
        `Hallmarks: Enter a --port from 0 to 65535, for example --port 5199 (you gave "${port}").`,
      );
    }
  });

  it('npm run web and npm start say when --db has no file after it', { timeout: SLOW }, () => {
    for (const entry of ['web', 'start'] as const) {
      const result = run(entry, ['--db']);
      expect(result.code).toBe(2);
      expect(result.err.split('\n')[0]).toBe(
        'Hallmarks: --db needs a value after it, for example --db ./my-home.sqlite',
      );
    }
  });

  it('npm run seed:demo asks for the data file when none is given', { timeout: SLOW }, () => {
    const result = run('seed', []);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe(
      'Hallmarks: Say which data file to add the sample home to, with --db.',
    );
    expect(result.err).toContain('Usage: npm run seed:demo -- [options]');
  });
});

describe('npm run web with a data folder it cannot write to', () => {
  const makeReadOnly = useReadOnlyFolders();
  it.skipIf(!canMakeReadOnly)(
    'says so in plain words, with no stack trace (the log folder is not made first)',
    { timeout: SLOW },
    () => {
      // Laid out as the build lays it out (dist/web/cli.cjs), so it finds package.json for its version.
      const dist = path.join(folder, 'dist', 'web');
      mkdirSync(dist, { recursive: true });
      copyFileSync(path.join(folder, 'web.cjs'), path.join(dist, 'cli.cjs'));
      writeFileSync(path.join(folder, 'package.json'), '{"version":"0.0.0"}');
      const locked = path.join(folder, 'locked');
      mkdirSync(locked);
      makeReadOnly(locked);
      const args = ['--db', path.join(locked, 'data', 'h.sqlite'), '--port', '0'];
      const spawned = spawnSync(process.execPath, [path.join(dist, 'cli.cjs'), ...args], {
        encoding: 'utf8',
        timeout: 20_000,
        env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      });
      const result = { code: spawned.status, err: spawned.stderr };
      expect(result.code, result.err).toBe(1);
      expect(result.err).not.toMatch(STACK_LINE);
      expect(result.err).toMatch(/^Hallmarks/);
      expect(result.err).toContain(path.join(locked, 'data'));
    },
  );
});

describe('npm run export and npm run import', () => {
  it('carry a home to another data file, and never add it twice', { timeout: SLOW * 3 }, async () => {
    const { openStore } = await import('../db/store');
    const from = path.join(folder, 'from.sqlite');
    const to = path.join(folder, 'to.sqlite');
    const out = path.join(folder, 'elm.json');
    const store = openStore({ file: from, appVersion: 't' });
    const home = store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
    store.close();

    // Without a terminal or a passphrase file there is no passphrase to encrypt with: nothing is written.
    const noPassphrase = run('export', ['--db', from, '--out', out]);
    expect(noPassphrase.code).toBe(1);
    expect(noPassphrase.err).toBe(
      'Hallmarks: Give the passphrase with --passphrase-file, or run the command in a terminal to type it.\n',
    );
    const plain = run('export', ['--db', from, '--out', out, '--unencrypted']);
    expect(plain).toMatchObject({
      code: 0,
      out: `Exported "Elm" to ${out}. This file is NOT encrypted: anyone who gets it can read it.\n`,
    });
    expect(plain.err).toMatch(
      /warning: --unencrypted writes the home, children’s information included, in clear/,
    );
    const again = run('export', ['--db', from, '--out', out, '--unencrypted']);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`Hallmarks: ${out} already exists. Choose another name with --out.\n`);

    const added = run('import', ['--db', to, '--file', out]);
    expect(added.code).toBe(0);
    // The new data file was encrypted, and its recovery key shown once, apart from the command's output.
    expect(added.err).toMatch(/recovery key is:\n\n {4}([0-9A-Z]{5}-){7}[0-9A-Z]{5}\n/);
    expect(added.out).toMatch(/^"Elm", exported on \d{4}-\d\d-\d\d, with:\n {2}quarterly reviews: 1\n/);
    expect(added.out).toContain(`Added "Elm" to ${to}`);
    const twice = run('import', ['--db', to, '--file', out]);
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/already has a home called "Elm".*Run the command again with --replace/);
    expect(twice.err).not.toMatch(STACK_LINE);
    expect(run('import', ['--db', to, '--file', out, '--replace']).out).toContain(`Replaced "Elm" in ${to}`);

    const check = openStore({ file: to, appVersion: 't', encryption: { passphrase: PASSPHRASE } });
    expect(check.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Elm']);
    check.close();

    const foreign = run('import', ['--db', to, '--file', from]);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/^Hallmarks: This file is not a Hallmarks home file\./);
  });

  it('encrypt with a passphrase, and import only with it', { timeout: SLOW * 3 }, async () => {
    const { openStore } = await import('../db/store');
    const from = path.join(folder, 'oak-from.sqlite');
    const to = path.join(folder, 'oak-to.sqlite');
    const out = path.join(folder, 'oak.json');
    const right = path.join(folder, 'right.txt');
    const wrong = path.join(folder, 'wrong.txt');
    writeFileSync(right, 'green door by the river\n');
    writeFileSync(wrong, 'green door by the rive\n');
    const store = openStore({ file: from, appVersion: 't' });
    store.handlers['homes.create']({ name: 'Oak Marker', urn: null, registeredManager: null, places: 2 });
    store.close();

    const sealed = run('export', ['--db', from, '--out', out, '--passphrase-file', right]);
    expect(sealed.code).toBe(0);
    expect(sealed.out).toContain('encrypted with the passphrase');
    expect(readFileSync(out, 'utf8')).not.toContain('Oak Marker');

    const refused = run('import', ['--db', to, '--file', out, '--passphrase-file', wrong]);
    expect(refused.code).toBe(1);
    // A new data file first prints its own recovery key; the refusal is the last thing said, and only once.
    expect(
      refused.err.endsWith(
        'Hallmarks: That passphrase does not open this home file. Check it and try again. Nothing has been imported.\n',
      ),
    ).toBe(true);
    expect(refused.err.match(/Hallmarks: /g)).toHaveLength(1);
    const added = run('import', ['--db', to, '--file', out, '--passphrase-file', right]);
    expect(added.code).toBe(0);
    expect(added.out).toContain(`Added "Oak Marker" to ${to}`);
  });
});
