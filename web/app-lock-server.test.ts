import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../db/test-support/temp-folder';
import { startWebServer, type WebServer } from './server';

const tempFolder = useTempFolder();
const running: WebServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});
const KEY = 'k'.repeat(32);

function call(server: WebServer, name: string, input: unknown) {
  return fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { Origin: server.origin, 'X-Hallmarks-Key': KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, input }),
  }).then((response) => response.json() as Promise<{ ok: boolean; error?: { code: string } }>);
}

describe('browser mode while the app is locked', { timeout: 60_000 }, () => {
  it('answers every request for the home with "locked", and does not serve the recovery key sheet', async () => {
    const folder = tempFolder();
    const rendererDir = path.join(folder, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hallmarks app</title>');
    const server = await startWebServer({
      dbFile: path.join(folder, 'hallmarks.sqlite'),
      rendererDir,
      appVersion: 'test',
      key: KEY,
      encryption: { passphrase: 'a passphrase for tests', scrypt: { N: 1024, r: 8, p: 1 } },
    });
    running.push(server);
    const sheet = `${server.origin}/recovery-key?key=${KEY}`;
    expect((await fetch(sheet)).status).toBe(200);
    await call(server, 'homes.create', { name: 'Oak Lodge', urn: null, registeredManager: null, places: 4 });
    await call(server, 'password.set', { newPassword: 'kettle orchard lantern' });
    expect(await call(server, 'appLock.lock', { reason: 'button' })).toMatchObject({ ok: true });

    expect(await call(server, 'homes.list', {})).toMatchObject({ ok: false, error: { code: 'app_locked' } });
    expect(await call(server, 'app.start', {})).toMatchObject({ ok: false, error: { code: 'app_locked' } });
    const whileLocked = await fetch(sheet);
    expect(whileLocked.status).toBe(404);
    expect(await whileLocked.text()).not.toContain(server.recoveryKeyToShow!);

    expect(await call(server, 'appLock.unlock', { recoveryKey: server.recoveryKeyToShow! })).toMatchObject({
      ok: true,
    });
    expect(await call(server, 'homes.list', {})).toMatchObject({ ok: true });
    expect((await fetch(sheet)).status).toBe(200);
  });
});
