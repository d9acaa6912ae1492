import { beforeAll, describe, expect, it } from 'vitest';
import {
  enrolHome,
  HubClient,
  providerWithAdmin,
  publicationOf,
  publish,
  signedOff,
} from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

type Home = { homeId: string; credential: string; code: string };

const action = (ref: number, status: 'open' | 'in_progress' | 'done', title = 'Fix the rota') =>
  ({ kind: 'action.saved', ref, title, owner: 'Sam', dueOn: '2026-02-01', status }) as const;

describe.runIf(postgresAvailable())('ingest', { timeout: 20_000 }, () => {
  const hub = useFreshHub();
  let admin: HubClient;
  let providerB: { admin: HubClient };

  beforeAll(async () => {
    ({ admin } = await providerWithAdmin(hub(), 'Oak Care'));
    providerB = await providerWithAdmin(hub(), 'Elm Care');
  }, 60_000);

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await hub().pool.query<{ n: string }>(sql, params)).rows[0]!.n);
  const storedFor = (home: Home) =>
    count('SELECT count(*) AS n FROM publications WHERE home_id = $1', [home.homeId]);
  const newHome = (name: string): Promise<Home> => enrolHome(hub(), admin, name);

  it('stores a publication once however often it arrives', async () => {
    const home = await newHome('Ten Times House');
    const p = publicationOf(home.homeId, 1, signedOff('2026-Q1', [2, 2, 3]));
    const answers = await Promise.all(Array.from({ length: 10 }, () => publish(hub(), home.credential, [p])));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const receipts = answers.map((a) => a.json!.value as { stored: number; alreadyStored: number });
    expect(receipts.reduce((n, r) => n + r.stored, 0)).toBe(1);
    expect(receipts.reduce((n, r) => n + r.alreadyStored, 0)).toBe(9);
    expect(await storedFor(home)).toBe(1);
    expect(await count('SELECT count(*) AS n FROM home_reviews WHERE home_id = $1', [home.homeId])).toBe(1);
  });

  it('applies a home’s publications in order, whatever order they arrive in', async () => {
    const home = await newHome('Out Of Order House');
    const [first, second, third] = [action(1, 'open'), action(1, 'in_progress'), action(1, 'done')].map(
      (b, i) => publicationOf(home.homeId, i + 1, b),
    );
    const status = async () =>
      (
        await hub().pool.query<{ status: string }>('SELECT status FROM home_actions WHERE home_id = $1', [
          home.homeId,
        ])
      ).rows[0]?.status;

    expect((await publish(hub(), home.credential, [third])).json!.value).toMatchObject({
      appliedThrough: 0,
      waitingFor: 1,
    });
    expect(await status()).toBeUndefined();
    expect((await publish(hub(), home.credential, [first])).json!.value).toMatchObject({
      appliedThrough: 1,
      waitingFor: 2,
    });
    expect(await status()).toBe('open');
    expect((await publish(hub(), home.credential, [second])).json!.value).toMatchObject({
      appliedThrough: 3,
      waitingFor: null,
    });
    expect(await status()).toBe('done');
  });

  it('refuses a second publication claiming a number already used, storing nothing of the request', async () => {
    const home = await newHome('Seq Clash House');
    await publish(hub(), home.credential, [publicationOf(home.homeId, 1, action(1, 'open'))]);
    const clash = await publish(hub(), home.credential, [
      publicationOf(home.homeId, 2, action(2, 'open')),
      publicationOf(home.homeId, 1, action(1, 'done')),
    ]);
    expect(clash.status).toBe(409);
    expect(clash.json!.error!.message).toMatch(/already has number 1.*Nothing was stored/);
    expect(await storedFor(home)).toBe(1);
  });

  it('refuses a revoked home', async () => {
    const home = await newHome('Revoked House');
    expect((await admin.call('POST', `/api/homes/${home.homeId}/revoke`)).status).toBe(200);
    const r = await publish(hub(), home.credential, [publicationOf(home.homeId, 1, action(1, 'open'))]);
    expect(r.status).toBe(403);
    expect(r.json!.error!.message).toMatch(/revoked by the provider/);
    expect(await storedFor(home)).toBe(0);
  });

  it("refuses a publication naming another provider's home, writing nothing for either home", async () => {
    const mine = await newHome('Honest House');
    const theirs = await enrolHome(hub(), providerB.admin, 'Elsewhere House');
    const r = await publish(hub(), mine.credential, [
      publicationOf(mine.homeId, 1, action(1, 'open')),
      publicationOf(theirs.homeId, 1, signedOff('2026-Q1', [4, 4, 4])),
    ]);
    expect(r.status).toBe(403);
    expect(r.json!.error!.code).toBe('not_your_home');
    expect(await storedFor(mine)).toBe(0);
    expect(await storedFor(theirs)).toBe(0);
  });

  it('refuses malformed and hostile publications with a clear error, writing nothing', async () => {
    const home = await newHome('Hostile House');
    const good = publicationOf(home.homeId, 1, action(1, 'open'));
    const attempts: [unknown, number, RegExp][] = [
      [
        [{ ...good, body: { ...good.body, quarter: "2026-Q1'; DROP TABLE homes; --" } }],
        400,
        /Unrecognized key/,
      ],
      [
        [
          {
            ...good,
            body: { ...signedOff('2026-Q1', [1, 1, 1]), quarter: "2026-Q1'; DROP TABLE homes; --" },
          },
        ],
        400,
        /quarter/,
      ],
      [[{ ...good, body: { ...good.body, status: 'done; DELETE FROM publications' } }], 400, /status/],
      [[{ ...good, extra: 'smuggled' }], 400, /extra|Unrecognized/i],
      [[{ ...good, body: { ...good.body, kind: 'staff.ratings' } }], 400, /kind/],
      [[{ ...good, seq: 0 }], 400, /seq/],
      [[{ ...good, id: 'not-a-uuid' }], 400, /id/],
      [[{ ...good, body: { ...good.body, title: 'x'.repeat(20_001) } }], 400, /title/],
      [[{ ...good, body: { ...good.body, title: 'nul\u0000byte' } }], 400, /NUL/],
      [[], 400, /publications/],
      [
        Array.from({ length: 101 }, (_, i) => publicationOf(home.homeId, i + 1, action(1, 'open'))),
        400,
        /publications/,
      ],
    ];
    for (const [publications, status, detail] of attempts) {
      const r = await publish(hub(), home.credential, publications);
      expect(r.status).toBe(status);
      expect(r.json!.error!.message).toMatch(/Nothing was stored/);
      expect(r.json!.error!.details.join(' ')).toMatch(detail);
    }
    const notJson = await new HubClient(hub().url).call('POST', '/api/publications', '{"publications": [', {
      Authorization: `Bearer ${home.credential}`,
    });
    expect(notJson.status).toBe(400);
    expect(await storedFor(home)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM homes')).toBeGreaterThan(0);
  });

  it('keeps SQL-looking free text as text: stored verbatim, nothing run', async () => {
    const home = await newHome('Quotes House');
    const title = "Robert'); DROP TABLE home_actions; -- and =cmd|' /C calc'!A0";
    expect(
      (await publish(hub(), home.credential, [publicationOf(home.homeId, 1, action(7, 'open', title))]))
        .status,
    ).toBe(200);
    const row = await hub().pool.query<{ title: string }>(
      'SELECT title FROM home_actions WHERE home_id = $1',
      [home.homeId],
    );
    expect(row.rows[0]!.title).toBe(title);
  });

  it('refuses an oversized request before reading it, writing nothing', async () => {
    const home = await newHome('Big House');
    const huge = Array.from({ length: 100 }, (_, i) =>
      publicationOf(home.homeId, i + 1, action(i + 1, 'open', '\u00e9'.repeat(30_000))),
    );
    const r = await publish(hub(), home.credential, huge);
    expect(r.status).toBe(413);
    expect(r.json!.error!.message).toMatch(/larger than the hub accepts.*Nothing was stored/);
    expect(await storedFor(home)).toBe(0);
  });

  it('refuses a request without a credential, or with one the hub never issued', async () => {
    const home = await newHome('Stranger House');
    const p = [publicationOf(home.homeId, 1, action(1, 'open'))];
    expect(
      (await new HubClient(hub().url).call('POST', '/api/publications', { publications: p })).status,
    ).toBe(401);
    expect((await publish(hub(), 'A'.repeat(43), p)).status).toBe(401);
    expect(await storedFor(home)).toBe(0);
  });

  it('lets an enrolment code be used once only', async () => {
    const home = await newHome('Once House');
    const again = await new HubClient(hub().url).call('POST', '/api/enrol', {
      code: home.code.toLowerCase(),
    });
    expect(again.status).toBe(400);
    expect(again.json!.error!.message).toMatch(/not valid.*used already/);
  });
});
