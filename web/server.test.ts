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

async function start() {
  const folder = tempFolder();
  const rendererDir = path.join(folder, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hallmarks</title>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'index-Abc123.js'), 'export {};');
  const server = await startWebServer({
    dbFile: path.join(folder, 'hallmarks.sqlite'),
    rendererDir,
    appVersion: 'test',
    key: 'k'.repeat(32),
  });
  running.push(server);
  return server;
}

function call(
  server: WebServer,
  headers: Record<string, string>,
  body: unknown = { name: 'homes.list', input: {} },
) {
  return fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints an address carrying the key', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=k{32}$/);
  });

  it('answers the page it served, with the key', async () => {
    const server = await start();
    const response = await call(server, { Origin: server.origin, 'X-Hallmarks-Key': 'k'.repeat(32) });
    expect(await response.json()).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['a foreign origin', { Origin: 'https://evil.example', 'X-Hallmarks-Key': 'k'.repeat(32) }],
    ['no origin (another local program)', { 'X-Hallmarks-Key': 'k'.repeat(32) }],
    ['a wrong key', { Origin: 'SELF', 'X-Hallmarks-Key': 'wrong' }],
    ['no key', { Origin: 'SELF' }],
  ])('refuses %s and changes nothing', async (_label, headers) => {
    const server = await start();
    const sent: Record<string, string> = { ...headers };
    if (sent.Origin === 'SELF') sent.Origin = server.origin;
    const response = await call(server, sent, {
      name: 'homes.create',
      input: { name: 'Intruder', urn: null, registeredManager: null, places: 1 },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const list = await call(server, { Origin: server.origin, 'X-Hallmarks-Key': 'k'.repeat(32) });
    expect(await list.json()).toEqual({ ok: true, value: [] });
  });

  it('sends the strict CSP with the page', async () => {
    const server = await start();
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('lets the browser keep the hashed build files, but never the page, a missing file or an answer', async () => {
    const server = await start();
    const asset = await fetch(`${server.origin}/assets/index-Abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect((await fetch(`${server.origin}/`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${server.origin}/assets/gone.js`)).headers.get('cache-control')).toBe('no-store');
    const answer = await call(server, { Origin: server.origin, 'X-Hallmarks-Key': 'k'.repeat(32) });
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('explains a body that is not JSON', async () => {
    const server = await start();
    const response = await fetch(`${server.origin}/api/invoke`, {
      method: 'POST',
      headers: { Origin: server.origin, 'X-Hallmarks-Key': 'k'.repeat(32) },
      body: '{not json',
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
