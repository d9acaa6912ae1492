import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HubClient, stopCluster } from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

describe.runIf(postgresAvailable())('the hub’s health and pages', { timeout: 20_000 }, () => {
  const pages = mkdtempSync(join(tmpdir(), 'hub-pages-'));

  beforeAll(() => {
    mkdirSync(join(pages, 'assets'));
    writeFileSync(join(pages, 'hub.html'), '<!doctype html><title>Hub</title>');
    writeFileSync(join(pages, 'assets', 'hub.js'), 'export {};');
    writeFileSync(join(tmpdir(), 'secret.html'), 'not for the web');
  });
  const hub = useFreshHub({ pagesDir: pages });

  it('serves the pages, with no way out of their folder', async () => {
    const client = new HubClient(hub().url);
    const page = await client.call('GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Hub</title>');
    expect((await client.call('GET', '/assets/hub.js')).status).toBe(200);
    expect((await client.call('GET', '/..%2fsecret.html')).status).toBe(404);
    expect((await client.call('GET', '/assets/../../secret.html')).status).toBe(404);
  });

  it('asks for a sign-in before any provider data', async () => {
    const r = await new HubClient(hub().url).call('GET', '/api/homes');
    expect(r.status).toBe(401);
    expect(r.json!.error!.message).toBe('Sign in to the hub to see this.');
  });

  it('says whether the database is reachable', async () => {
    const client = new HubClient(hub().url);
    expect((await client.call('GET', '/health')).json).toEqual({ ok: true, database: 'reachable' });
    stopCluster();
    const down = await client.call('GET', '/health');
    expect(down.status).toBe(503);
    expect(down.json).toEqual({ ok: false, database: 'unreachable' });
  });
});
