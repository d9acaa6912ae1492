import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_DATA_ID } from '../contract/first-screen';
import { useTempFolder } from '../db/test-support/temp-folder';
import { startWebServer, type WebServer } from './server';

const tempFolder = useTempFolder();
const running: WebServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});
const KEY = 'k'.repeat(32);

async function serve() {
  const folder = tempFolder();
  const rendererDir = path.join(folder, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><body><div id="root"></div></body>');
  const server = await startWebServer({
    dbFile: path.join(folder, 'hallmarks.sqlite'),
    rendererDir,
    appVersion: 'test',
    key: KEY,
    renderFirstScreen: (data) => Promise.resolve(`<h1>${data.homes[0]!.name}</h1>`),
  });
  running.push(server);
  const call = (name: string, input: unknown) =>
    fetch(`${server.origin}/api/invoke`, {
      method: 'POST',
      headers: { Origin: server.origin, 'X-Hallmarks-Key': KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, input }),
    }).then((response) => response.json() as Promise<{ ok: boolean }>);
  const page = (address: string) => fetch(`${server.origin}${address}`).then((response) => response.text());
  return { call, page };
}

describe('browser mode serves the first screen rendered in', { timeout: 30_000 }, () => {
  it('only to the address with this run key, only while the app is open, and not on first run', async () => {
    const { call, page } = await serve();
    expect(await page(`/?key=${KEY}`)).not.toContain(FIRST_SCREEN_DATA_ID);
    await call('homes.create', { name: 'Oak Lodge', urn: null, registeredManager: null, places: 4 });

    const opened = await page(`/?key=${KEY}`);
    expect(opened).toContain('<div id="root"><h1>Oak Lodge</h1></div>');
    expect(opened).toContain(`id="${FIRST_SCREEN_DATA_ID}"`);
    // Without the key (another program on this computer, or a reload) the page carries no data.
    for (const address of ['/', '/index.html', `/?key=${'x'.repeat(32)}`])
      expect(await page(address)).not.toContain('Oak Lodge');

    await call('pin.set', { newPin: '582914' });
    expect(await call('appLock.lock', { reason: 'button' })).toMatchObject({ ok: true });
    expect(await page(`/?key=${KEY}`)).not.toContain('Oak Lodge');
  });
});
