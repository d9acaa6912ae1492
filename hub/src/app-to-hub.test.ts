import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubOutbox, type HubOutbox } from '../../db/hub-outbox/outbox';
import { enrolWithHub, postPublications } from '../../db/hub-outbox/hub-transport';
import { createHubSender } from '../../db/hub-outbox/sender';
import { openHarness } from '../../db/test-support/handler-harness';
import { useTempFolder } from '../../db/test-support/temp-folder';
import { startHub, type RunningHub } from './server';
import { freshDatabase, HubClient, providerWithAdmin, stopCluster } from '../test-support/hub-fixture';
import { postgresAvailable } from '../test-support/throwaway-postgres';
import type { HomeOverTime } from './provider-reads';

const tempFolder = useTempFolder();

/** A home's app, connected to the hub with the code the provider's admin made. */
async function connectedHome(hubUrl: string, admin: HubClient, name: string) {
  const t = openHarness(tempFolder());
  const made = await admin.call('POST', '/api/enrolment-codes', { homeName: name });
  const enrolled = await enrolWithHub(hubUrl, (made.json!.value as { code: string }).code);
  if (!enrolled.ok) throw new Error(enrolled.reason);
  const outbox: HubOutbox = createHubOutbox(t.store.db);
  outbox.connect(t.homeId, { hubUrl, hubHomeId: enrolled.homeId, credential: enrolled.credential });
  const sender = createHubSender({ outbox, post: postPublications });
  const addAction = (title: string) =>
    t.call('actions.create', {
      homeId: t.homeId,
      title,
      link: null,
      owner: 'Sam',
      dueOn: '2026-12-01',
      source: 'other',
    });
  return { t, outbox, sender, addAction, hubHomeId: enrolled.homeId };
}

describe.runIf(postgresAvailable())('homes publishing to the hub', { timeout: 30_000 }, () => {
  let pgUrl: string;
  let hub: RunningHub;
  let port: number;
  const start = () => startHub({ pgUrl, port, host: '127.0.0.1', behindTlsProxy: false });

  beforeAll(async () => {
    pgUrl = await freshDatabase();
    port = 0;
    hub = await start();
    port = Number(new URL(hub.url).port);
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    stopCluster();
  });

  it('keeps what a home writes while the hub is down, and sends it once when it is back', async () => {
    const { admin } = await providerWithAdmin(hub, 'Oak Care');
    const home = await connectedHome(hub.url, admin, 'Oak House');
    await home.addAction('Before the outage');
    await home.sender.nudge();
    expect(home.outbox.waiting(home.t.homeId, 10)).toEqual([]);

    await hub.close();
    await home.addAction('During the outage');
    await home.addAction('Still down');
    await home.sender.nudge();
    expect(home.outbox.waiting(home.t.homeId, 10)).toHaveLength(2);
    expect(home.outbox.connection(home.t.homeId)!.offlineSince).not.toBeNull();
    await home.sender.nudge(); // a second failed try changes nothing

    hub = await start();
    await home.sender.nudge();
    expect(home.outbox.waiting(home.t.homeId, 10)).toEqual([]);
    expect(home.outbox.connection(home.t.homeId)!.offlineSince).toBeNull();
    const titles = await hub.pool.query<{ title: string }>(
      'SELECT title FROM home_actions WHERE home_id = $1 ORDER BY ref',
      [home.hubHomeId],
    );
    expect(titles.rows.map((r) => r.title)).toEqual(['Before the outage', 'During the outage', 'Still down']);
    const stored = await hub.pool.query('SELECT 1 FROM publications WHERE home_id = $1', [home.hubHomeId]);
    expect(stored.rowCount).toBe(3);
  });

  it('shows the RI both homes, and a commissioner only the home that shares with their authority', async () => {
    const { admin } = await providerWithAdmin(hub, 'Birch Care');
    const shares = await connectedHome(hub.url, admin, 'Birch House');
    const keeps = await connectedHome(hub.url, admin, 'Cedar House');
    for (const home of [shares, keeps]) {
      await home.addAction('Recorded at the home');
      await home.sender.nudge();
    }
    shares.outbox.publish(shares.t.homeId, { kind: 'home.sharing', localAuthority: 'Leeds' });
    await shares.sender.nudge();
    for (const [email, role, localAuthority] of [
      ['ri@birch.example', 'ri', null],
      ['la@leeds.example', 'commissioner', 'Leeds'],
    ] as const) {
      const added = await admin.call('POST', '/api/users', {
        email,
        password: 'a long enough password',
        role,
        localAuthority,
      });
      expect(added.status).toBe(201);
    }
    const ri = new HubClient(hub.url);
    await ri.signIn('ri@birch.example', 'a long enough password');
    const riHomes = (await ri.call('GET', '/api/homes')).json!.value as HomeOverTime[];
    expect(riHomes.map((h) => h.name)).toEqual(['Birch House', 'Cedar House']);

    const la = new HubClient(hub.url);
    await la.signIn('la@leeds.example', 'a long enough password');
    const laHomes = (await la.call('GET', '/api/homes')).json!.value as HomeOverTime[];
    expect(laHomes.map((h) => h.name)).toEqual(['Birch House']);
    expect((await la.call('GET', `/api/homes/${keeps.hubHomeId}`)).status).toBe(404);
    const history = (await la.call('GET', `/api/homes/${shares.hubHomeId}`)).json!.value as {
      actions: unknown[];
    };
    expect(history.actions).toEqual([]);
  });
});
