import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_DATA_ID } from '../contract/first-screen';
import type { RenderFirstScreen } from '../shell-shared/first-screen';
import { useTempFolder } from '../db/test-support/temp-folder';
import { startWebServer, type WebServer } from './server';

const tempFolder = useTempFolder();
const running: WebServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});
const KEY = 'k'.repeat(32);
const INDEX =
  '<!doctype html><head><script type="module" src="./app.js"></script></head><body><div id="root"></div></body>';
const nameInH1: RenderFirstScreen = (data) => Promise.resolve(`<h1>${data.homes[0]!.name}</h1>`);

async function serve(renderFirstScreen: RenderFirstScreen = nameInH1) {
  const folder = tempFolder();
  const rendererDir = path.join(folder, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  const server = await startWebServer({
    dbFile: path.join(folder, 'hallmarks.sqlite'),
    rendererDir,
    appVersion: 'test',
    key: KEY,
    renderFirstScreen,
  });
  running.push(server);
  const call = (name: string, input: unknown) =>
    fetch(`${server.origin}/api/invoke`, {
      method: 'POST',
      headers: { Origin: server.origin, 'X-Hallmarks-Key': KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, input }),
    }).then((response) => response.json() as Promise<{ ok: boolean }>);
  const page = (address: string) => fetch(`${server.origin}${address}`).then((response) => response.text());
  return { call, page, origin: server.origin };
}

/** The page at `address`, read as it arrives: `received` is all of it so far, `ended` settles at its end. */
function streamPage(address: string) {
  let received = '';
  let heard = () => undefined as void;
  const ended = new Promise<string>((resolve, reject) => {
    get(address, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        received += chunk;
        heard();
      });
      response.on('end', () => resolve(received));
      response.on('error', reject);
    }).on('error', reject);
  });
  /** Resolves once what has arrived includes `text`. */
  const until = (text: string) =>
    new Promise<void>((resolve) => {
      heard = () => void (received.includes(text) && resolve());
      heard();
    });
  return { until, ended, received: () => received };
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

  it('sends the page up to its root (its scripts named) before the first screen is rendered', async () => {
    let finishRender = (_html: string) => undefined as void;
    let renderStarted = () => undefined as void;
    const started = new Promise<void>((resolve) => (renderStarted = resolve));
    const { call, origin } = await serve(() => {
      renderStarted();
      return new Promise<string>((resolve) => (finishRender = resolve));
    });
    await call('homes.create', { name: 'Oak Lodge', urn: null, registeredManager: null, places: 4 });

    const page = streamPage(`${origin}/?key=${KEY}`);
    await page.until('<div id="root">');
    // The browser can fetch the scripts now; the screen is still being rendered.
    expect(page.received()).toContain('src="./app.js"');
    await started;
    expect(page.received()).not.toContain('</div>');
    finishRender('<h1>Oak Lodge</h1>');
    const whole = await page.ended;
    expect(whole.startsWith(INDEX.slice(0, INDEX.indexOf('</div>')))).toBe(true);
    expect(whole).toContain('<div id="root"><h1>Oak Lodge</h1></div>');
    expect(whole).toContain(`id="${FIRST_SCREEN_DATA_ID}"`);
    expect(whole.endsWith('</body>')).toBe(true);
  });

  it('ends the page as it was, with an empty root, when the render fails after the head was sent', async () => {
    const { call, origin } = await serve(() => Promise.reject(new Error('render failed')));
    await call('homes.create', { name: 'Oak Lodge', urn: null, registeredManager: null, places: 4 });
    expect(await streamPage(`${origin}/?key=${KEY}`).ended).toBe(INDEX);
  });
});
