import { beforeAll, describe, expect, it } from 'vitest';
import { asReader } from './scope';
import { enrolHome, providerWithAdmin, publicationOf, publish, signedOff } from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

// Row-level security is the second wall: these queries name no provider and no home, as if the service's
// own checks had been removed, and still see only their own provider's rows.
describe.runIf(postgresAvailable())('row-level security', { timeout: 20_000 }, () => {
  const hub = useFreshHub();
  let a: { providerId: number; homeId: string };
  let b: { providerId: number; homeId: string };

  beforeAll(async () => {
    for (const [name, set] of [
      ['Oak Care', (v: typeof a) => (a = v)],
      ['Elm Care', (v: typeof b) => (b = v)],
    ] as const) {
      const { providerId, admin } = await providerWithAdmin(hub(), name);
      const home = await enrolHome(hub(), admin, `${name} House`);
      expect(
        (
          await publish(hub(), home.credential, [
            publicationOf(home.homeId, 1, signedOff('2026-Q1', [3, 3, 2])),
          ])
        ).status,
      ).toBe(200);
      const action = {
        kind: 'action.saved',
        ref: 1,
        title: 'Fix rota',
        owner: 'Sam',
        dueOn: '2026-01-10',
        status: 'open',
      } as const;
      expect((await publish(hub(), home.credential, [publicationOf(home.homeId, 2, action)])).status).toBe(
        200,
      );
      set({ providerId, homeId: home.homeId });
    }
  }, 60_000);

  const everything = async (scope: Parameters<typeof asReader>[1]) =>
    asReader(hub().pool, scope, async (c) => ({
      homes: (await c.query<{ id: string }>('SELECT id FROM homes')).rows.map((r) => r.id),
      reviews: (await c.query<{ home_id: string }>('SELECT home_id FROM home_reviews')).rows.map(
        (r) => r.home_id,
      ),
      actions: (await c.query<{ home_id: string }>('SELECT home_id FROM home_actions')).rows.map(
        (r) => r.home_id,
      ),
    }));

  it("a provider's RI sees all of their provider's rows and nothing of another's", async () => {
    const seen = await everything({ providerId: a.providerId, role: 'ri', localAuthority: null });
    expect(seen.homes).toEqual([a.homeId]);
    expect(seen.reviews).toEqual([a.homeId]);
    expect(seen.actions).toEqual([a.homeId]);
    const other = await everything({ providerId: b.providerId, role: 'quality_lead', localAuthority: null });
    expect(other.homes).toEqual([b.homeId]);
  });

  it("the raw publications are the homes' business: no reader may even query them", async () => {
    const scope = { providerId: a.providerId, role: 'provider_admin', localAuthority: null } as const;
    await expect(asReader(hub().pool, scope, (c) => c.query('SELECT id FROM publications'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('a scope naming a provider that does not exist sees nothing at all', async () => {
    const seen = await everything({ providerId: 999, role: 'provider_admin', localAuthority: null });
    expect(seen).toEqual({ homes: [], reviews: [], actions: [] });
  });

  it('a commissioner sees only homes that chose to share with their local authority, and no actions', async () => {
    const scope = { providerId: a.providerId, role: 'commissioner', localAuthority: 'Leeds' } as const;
    expect(await everything(scope)).toEqual({ homes: [], reviews: [], actions: [] });
    await hub().pool.query(`UPDATE homes SET shares_with_local_authority = 'Leeds' WHERE id = $1`, [
      a.homeId,
    ]);
    const seen = await everything(scope);
    expect(seen.homes).toEqual([a.homeId]);
    expect(seen.reviews).toEqual([a.homeId]);
    expect(seen.actions).toEqual([]);
  });

  it('a home writer cannot write a row for another home, even by hand-written SQL', async () => {
    const client = await hub().pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('hub.home_id', $1, true)`, [a.homeId]);
      await client.query('SET LOCAL ROLE hub_home_writer');
      await expect(
        client.query(
          `INSERT INTO home_actions (home_id, provider_id, ref, title, owner, due_on, status)
           VALUES ($1, $2, 9, 'x', 'y', '2026-01-01', 'open')`,
          [b.homeId, b.providerId],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
