import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../db/backups/backups';
import { openStore, StoreOpenError } from '../db/store';
import { useTempFolder } from '../db/test-support/temp-folder';
import { startWebServer } from './server';
import { describeStartProblem } from './start-up-choice';

const tempFolder = useTempFolder();

function damagedWithBackup() {
  const folder = tempFolder();
  const rendererDir = path.join(folder, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hallmarks</title>');
  const dbFile = path.join(folder, 'hallmarks.sqlite');
  const store = openStore({ file: dbFile, appVersion: 't' });
  store.handlers['homes.create']({ name: 'Safe', urn: null, registeredManager: null, places: 1 });
  createBackup(store.db, store.backupsDir, 'manual');
  store.close();
  writeFileSync(dbFile, Buffer.alloc(4096));
  return { dbFile, rendererDir, appVersion: 't', key: 'k'.repeat(32) };
}

async function startError(options: Parameters<typeof startWebServer>[0]): Promise<StoreOpenError> {
  const error: unknown = await startWebServer(options).then(
    (server) => server.close().then(() => new Error('the server started')),
    (e: unknown) => e,
  );
  if (error instanceof StoreOpenError) return error;
  throw error;
}

describe('browser mode after a damaged file was set aside (defect 1)', () => {
  it('refuses to start empty on the second start and says how to restore', async () => {
    const options = damagedWithBackup();
    expect((await startError(options)).kind).toBe('damaged');
    const second = await startError(options);
    expect(second.kind).toBe('set-aside');
    const text = describeStartProblem(second);
    expect(text).toMatch(/moved it aside/);
    expect(text).toContain('npm run web -- --restore-newest');
    expect(text).toContain('--start-empty');
  });

  it('restores the newest backup when asked to', async () => {
    const options = damagedWithBackup();
    await startError(options);
    const server = await startWebServer({ ...options, restoreNewest: true });
    const response = await fetch(`${server.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.origin, 'X-Hallmarks-Key': options.key },
      body: JSON.stringify({ name: 'homes.list', input: {} }),
    });
    const body = (await response.json()) as { value: { name: string }[] };
    expect(body.value.map((h) => h.name)).toEqual(['Safe']);
    await server.close();
  });
});
