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

interface Answer {
  ok: boolean;
  value?: { id: number; name: string };
  error?: { code: string };
}

async function start() {
  const folder = tempFolder();
  const rendererDir = path.join(folder, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hallmarks</title>');
  const server = await startWebServer({
    dbFile: path.join(folder, 'h.sqlite'),
    rendererDir,
    appVersion: 't',
    key: KEY,
  });
  running.push(server);
  return server;
}

async function post(server: WebServer, body: string) {
  const response = await fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.origin, 'X-Hallmarks-Key': KEY },
    body,
  });
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return {
    status: response.status,
    body: (await response.json()) as Answer,
  };
}

const createHome = (name: string) =>
  JSON.stringify({ name: 'homes.create', input: { name, urn: null, registeredManager: null, places: 2 } });

describe('text edge cases (defect 7)', () => {
  it('treats a name starting with a NUL character the same in the input check and the database', async () => {
    const server = await start();
    const { body } = await post(server, createHome('\u0000Oak House'));
    expect(body.error?.code).not.toBe('internal');
    expect(body).toMatchObject({ ok: true, value: { name: 'Oak House' } });
    const onlyNul = await post(server, createHome('\u0000'));
    expect(onlyNul.body).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: 'Enter the name of the home' } },
    });
  });

  it('saves a 120-character name with half an emoji so that it can be saved again unchanged', async () => {
    const server = await start();
    const name = `${'a'.repeat(119)}\uD83D`;
    const created = await post(server, createHome(name));
    expect(created.body.ok).toBe(true);
    const saved = created.body.value!.name;
    expect(saved).toHaveLength(120);
    const again = await post(
      server,
      JSON.stringify({
        name: 'homes.update',
        input: { id: created.body.value!.id, name: saved, urn: null, registeredManager: null, places: 2 },
      }),
    );
    expect(again.body).toMatchObject({ ok: true, value: { name: saved } });
  });

  it.each([
    ['an object', '{"name": {"toString": 1}, "input": {}}'],
    ['a deeply nested array', `{"name": ${'['.repeat(5000)}${']'.repeat(5000)}, "input": {}}`],
    ['deeply nested input', `{"name": "homes.list", "input": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
  ])('answers an operation name that is %s with a JSON error, not HTTP 500', async (_what, body) => {
    const server = await start();
    const answer = await post(server, body);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/invalid_input|unknown_operation/) },
    });
  });
});
