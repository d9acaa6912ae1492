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
const scrypt = { N: 1024, r: 8, p: 1 };
const KEY = 'k'.repeat(32);

async function start(folder: string, passphrase: string) {
  const rendererDir = path.join(folder, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hallmarks app</title>');
  const server = await startWebServer({
    dbFile: path.join(folder, 'hallmarks.sqlite'),
    rendererDir,
    appVersion: 'test',
    key: KEY,
    encryption: { passphrase, scrypt },
  });
  running.push(server);
  return server;
}

function post(server: WebServer, where: string, form: Record<string, string>) {
  return fetch(`${server.origin}${where}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

const homes = (server: WebServer) =>
  fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { Origin: server.origin, 'X-Hallmarks-Key': KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'homes.list', input: {} }),
  });

describe('browser mode with encrypted data', { timeout: 60_000 }, () => {
  it('shows the recovery key once at set-up, as a printable page, until it is kept', async () => {
    const folder = tempFolder();
    const server = await start(folder, 'the first passphrase');
    const recoveryKey = server.recoveryKeyToShow!;
    expect(recoveryKey).toBeTruthy();
    const page = await (await fetch(`${server.origin}/recovery-key?key=${KEY}`)).text();
    expect(page).toContain(recoveryKey);
    expect(page).toContain("Keep this with the home's records");
    expect((await fetch(`${server.origin}/recovery-key?key=wrong`)).status).toBe(403);
    expect((await post(server, '/recovery-key/kept', { key: 'wrong' })).status).toBe(403);
    expect((await post(server, '/recovery-key/kept', { key: KEY })).status).toBe(303);
    expect(server.recoveryKeyToShow).toBeNull();
    expect((await fetch(`${server.origin}/recovery-key?key=${KEY}`)).status).toBe(404);
  });

  it('with a wrong passphrase serves the unlock page, never an empty database, and opens with the recovery key', async () => {
    const folder = tempFolder();
    const first = await start(folder, 'the first passphrase');
    const recoveryKey = first.recoveryKeyToShow!;
    await first.close();
    running.length = 0;

    const server = await start(folder, 'a different passphrase');
    expect(server.locked).toMatch(/^This computer cannot unlock the data: enter the recovery key\./);
    const page = await (await fetch(`${server.origin}/?key=${KEY}`)).text();
    expect(page).toContain('This computer cannot unlock the data: enter the recovery key.');
    expect(page).not.toContain('Hallmarks app');
    const refused = await homes(server);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('locked');

    const wrong = await post(server, '/unlock', {
      key: KEY,
      recovery: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA',
    });
    expect(await wrong.text()).toContain('That recovery key does not open this data');
    expect((await post(server, '/unlock', { key: 'wrong', recovery: recoveryKey })).status).toBe(403);
    expect(server.locked).not.toBeNull();

    const unlocked = await post(server, '/unlock', { key: KEY, recovery: recoveryKey });
    expect(unlocked.status).toBe(303);
    expect(unlocked.headers.get('location')).toBe(`/?key=${KEY}`);
    expect(server.locked).toBeNull();
    expect(await (await homes(server)).json()).toEqual({ ok: true, value: [] });
    // From now on the passphrase this start was given opens it.
    await server.close();
    running.length = 0;
    expect((await start(folder, 'a different passphrase')).locked).toBeNull();
  });
});
