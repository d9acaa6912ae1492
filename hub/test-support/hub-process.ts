import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');

/** Bundles the hub's command once per test file, as `npm run build:node` does. */
export async function buildHubCommand(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'hub-cli-')), 'cli.cjs');
  await build({
    entryPoints: [join(ROOT, 'hub/src/cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.sql': 'text' },
    external: ['pg-native', '@node-rs/argon2'],
    logLevel: 'warning',
  });
  return outfile;
}

/** The hub as its own process, so a test can kill it as a crash or a power cut would. */
export async function spawnHub(
  cli: string,
  pgUrl: string,
  port = 0,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cli, '--pg', pgUrl, '--port', String(port)], {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Hub listening on (\S+)/.exec(out);
      if (match) done(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`hub exited (${code}): ${err}`)));
  });
  return { url, child };
}
