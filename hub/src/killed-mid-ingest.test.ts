import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from './server';
import {
  enrolHome,
  freshDatabase,
  HubClient,
  providerWithAdmin,
  publicationOf,
  stopCluster,
} from '../test-support/hub-fixture';
import { buildHubCommand, spawnHub } from '../test-support/hub-process';
import { postgresAvailable } from '../test-support/throwaway-postgres';

/** Asks PostgreSQL until `check` holds: waits on what the database says, never on a timer. */
async function until(client: Client, sql: string, check: (n: number) => boolean) {
  for (;;) {
    const n = Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    if (check(n)) return;
  }
}

describe.runIf(postgresAvailable())('a hub killed mid-ingest', { timeout: 30_000 }, () => {
  let pgUrl: string;
  let setUpHub: RunningHub;
  let cli: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    [pgUrl, cli] = await Promise.all([freshDatabase(), buildHubCommand()]);
    setUpHub = await startHub({ pgUrl, port: 0, host: '127.0.0.1', behindTlsProxy: false });
  }, 60_000);
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await setUpHub?.close();
    stopCluster();
  });

  it('leaves no part of the request, and the retry stores each publication once', async () => {
    const { admin } = await providerWithAdmin(setUpHub, 'Oak Care');
    const home = await enrolHome(setUpHub, admin, 'Crash House');
    const publications = [1, 2, 3].map((seq) =>
      publicationOf(home.homeId, seq, {
        kind: 'action.saved',
        ref: seq,
        title: `Action ${seq}`,
        owner: 'Sam',
        dueOn: '2026-03-01',
        status: 'open',
      }),
    );
    const auth = { Authorization: `Bearer ${home.credential}` };

    const hub = await spawnHub(cli, `${pgUrl}?application_name=doomed_hub`);
    children.push(hub.child);
    // A lock held by the test stops the hub half-way through its transaction: the publications are
    // inserted, the actions not yet. Then the hub is killed there.
    const blocker = new Client({ connectionString: pgUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE home_actions IN SHARE ROW EXCLUSIVE MODE');
    const inFlight = new HubClient(hub.url)
      .call('POST', '/api/publications', { publications }, auth)
      .catch((e: Error) => e);
    await until(
      blocker,
      `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'doomed_hub' AND wait_event_type = 'Lock'`,
      (n) => n === 1,
    );
    hub.child.kill('SIGKILL');
    expect(await inFlight).toBeInstanceOf(Error);
    await blocker.query('ROLLBACK');
    await until(
      blocker,
      `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'doomed_hub'`,
      (n) => n === 0,
    );

    const stored = async (table: string) =>
      Number(
        (
          await blocker.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE home_id = $1`, [
            home.homeId,
          ])
        ).rows[0]!.n,
      );
    expect(await stored('publications')).toBe(0);
    expect(await stored('home_actions')).toBe(0);

    // The home's sender tries again (twice, as a flaky network would) against a new hub process.
    const again = await spawnHub(cli, pgUrl);
    children.push(again.child);
    for (let i = 0; i < 2; i++) {
      const r = await new HubClient(again.url).call('POST', '/api/publications', { publications }, auth);
      expect(r.status).toBe(200);
      expect(r.json!.value).toMatchObject({ appliedThrough: 3 });
    }
    expect(await stored('publications')).toBe(3);
    expect(await stored('home_actions')).toBe(3);
    await blocker.end();
  });
});
