import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { integrityCheck } from './connection';
import { currentFramework } from './framework';
import { openStore } from './store';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
const INDICATORS = currentFramework.domains.reduce((sum, d) => sum + d.indicators.length, 0);

/** Runs the writer until it has committed `after` reviews, then kills it with SIGKILL mid-stream. */
function runAndKill(script: string, file: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The bundled writer lives in a temporary folder; let it find the project's better-sqlite3.
      env: { ...process.env, NODE_PATH: path.join(__dirname, '..', 'node_modules') },
    });
    let seen = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk
        .toString()
        .split('\n')
        .filter((line) => line.startsWith('committed')).length;
      if (seen >= after && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`writer stopped by itself: ${errors}`)),
    );
  });
}

describe('crash safety', () => {
  it('keeps every review whole and the file healthy when the app is killed mid-write, again and again', async () => {
    const folder = tempFolder();
    const script = path.join(folder, 'writer.cjs');
    await build({
      entryPoints: [path.join(__dirname, 'test-support', 'crash-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      loader: { '.sql': 'text' },
      external: ['better-sqlite3'],
      logLevel: 'error',
    });
    const file = path.join(folder, 'crash.sqlite');
    let committed = 0;
    for (let round = 0; round < 8; round++) {
      // Kill after a varying number of commits, so the kill lands at different points of a transaction.
      committed += await runAndKill(script, file, 3 + ((round * 7) % 11));
      const store = openStore({ file, appVersion: 'crash-test' });
      expect(integrityCheck(store.db)).toBe('ok');
      const partial = store.db
        .prepare(
          `SELECT r.id, (SELECT count(*) FROM review_indicators i WHERE i.review_id = r.id) AS indicators,
                  (SELECT count(*) FROM review_domains d WHERE d.review_id = r.id) AS domains
             FROM reviews r WHERE indicators <> ? OR domains <> ?`,
        )
        .all(INDICATORS, currentFramework.domains.length);
      expect(partial).toEqual([]);
      const reviews = (store.db.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number }).n;
      // Every review the writer reported as committed survived the kill (it may have committed one more).
      expect(reviews).toBeGreaterThanOrEqual(committed);
      committed = reviews;
      store.close();
    }
  }, 60_000);
});
