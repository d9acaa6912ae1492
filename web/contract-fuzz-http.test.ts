import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call } from '../db/test-support/contract-arbitraries';
import { useTempFolder } from '../db/test-support/temp-folder';
import { startWebServer } from './server';

const tempFolder = useTempFolder();

describe('browser-mode server fuzzing (fast-check)', () => {
  it('the browser-mode server answers 1,000 random requests with JSON, never a 500', async () => {
    const folder = tempFolder();
    mkdirSync(path.join(folder, 'renderer'));
    const key = 'k'.repeat(32);
    const server = await startWebServer({
      dbFile: path.join(folder, 'web.sqlite'),
      rendererDir: path.join(folder, 'renderer'),
      appVersion: 't',
      key,
    });
    const body = fc.oneof(
      call.map(([name, input]) => JSON.stringify({ name, input })),
      fc.json({ maxDepth: 4 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    try {
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const response = await fetch(`${server.origin}/api/invoke`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Origin: server.origin, 'X-Hallmarks-Key': key },
            body: text,
          });
          expect(response.status).toBeLessThan(500);
          const answer = (await response.json()) as { ok: boolean; error?: { code: string } };
          expect(answer.error?.code).not.toBe('internal');
        }),
        { numRuns: 1_000 },
      );
    } finally {
      await server.close();
    }
  }, 120_000);
});
