import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import { importAliases } from '../../import-aliases.mjs';

/** The writer bundled once for a test file (into a temporary folder removed afterwards); read it in tests. */
export function useCrashWriter(): { script: string } {
  const writer = { script: '' };
  let folder = '';
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-writer-'));
    writer.script = await buildWriter(folder);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return writer;
}

/** Bundles the crash writer (the real db/ code) into `folder`, for a plain `node` child to run. */
export async function buildWriter(folder: string): Promise<string> {
  const script = path.join(folder, 'writer.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
    loader: { '.sql': 'text' },
    external: ['better-sqlite3-multiple-ciphers'],
    alias: importAliases as Record<string, string>,
    logLevel: 'error',
  });
  return script;
}

/**
 * Runs the writer until its killer thread SIGKILLs it at a random moment within `maxKillMs`; resolves with
 * the lines it printed (one per acknowledged step). Anything but death by SIGKILL fails the test.
 */
export function runUntilKilled(
  script: string,
  args: { mode: string; file: string; maxKillMs: number; seqStart?: number; env?: Record<string, string> },
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [script, args.mode, args.file, String(args.maxKillMs), String(args.seqStart ?? 0)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        // The bundle lives in a temporary folder; let it find the project's better-sqlite3.
        env: { ...process.env, ...args.env, NODE_PATH: path.join(__dirname, '..', '..', 'node_modules') },
      },
    );
    let out = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (_code, signal) => {
      // The last piece may be a line cut short by the kill: only whole lines were acknowledged.
      const lines = out.split('\n');
      lines.pop();
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`the writer stopped by itself (${signal ?? _code}): ${errors}`));
    });
  });
}

/**
 * Kill rounds per kind of work: HALLMARKS_CRASH_ROUNDS for the edits (100 in `npm test`, which keeps CI
 * within its time on two cores; 1,000 in `npm run test:soak`).
 */
export function crashRounds(): { edits: number; others: number; encryption: number } {
  const edits = Number(process.env.HALLMARKS_CRASH_ROUNDS ?? 100);
  const others = Math.max(20, Math.round(edits / 10));
  // Encrypting a plain file in place: 20 kills in `npm test`, 200 in the soak.
  return { edits, others, encryption: edits > 200 ? Math.round(edits / 5) : others };
}
