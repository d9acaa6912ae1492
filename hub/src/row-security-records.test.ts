import { beforeAll, describe, expect, it } from 'vitest';
import { asHome, asReader } from './scope';
import { enrolHome, HubClient, providerWithAdmin, publicationOf, publish } from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

const meanings = { '1': 'I', '2': 'RI', '3': 'G', '4': 'O' };
const ROUND = {
  sheet: {
    period: 'Oct to Dec 2026',
    gradeMeanings: meanings,
    domains: [
      {
        key: 'quality',
        number: 1,
        title: 'Quality',
        descriptors: meanings,
        indicators: [{ key: 'quality.one', number: '1.1', statement: 'A statement' }],
      },
    ],
  },
  people: [{ ref: 1 }, { ref: 2 }, { ref: 3 }],
  minRaters: 3,
};

// The second wall for records, figures and phone ratings: queries that name no provider and no home, as
// if the service's checks were gone, still see only their own rows.
describe.runIf(postgresAvailable())(
  'row-level security: records, figures and phone ratings',
  { timeout: 20_000 },
  () => {
    const hub = useFreshHub();
    const homes: { providerId: number; homeId: string }[] = [];

    beforeAll(async () => {
      for (const name of ['Oak Care', 'Elm Care']) {
        const { providerId, admin } = await providerWithAdmin(hub(), name);
        const home = await enrolHome(hub(), admin, `${name} House`);
        const answer = await publish(hub(), home.credential, [
          publicationOf(home.homeId, 1, {
            kind: 'records.compliance',
            dates: [{ ref: 'own:1', title: 'Fire drill', lastDoneOn: null, nextDueOn: '2026-01-01' }],
          }),
          publicationOf(home.homeId, 2, {
            kind: 'figures.quarter',
            quarter: '2026-Q1',
            figures: { complaints: 1 },
          }),
          publicationOf(home.homeId, 3, {
            kind: 'statutory.item',
            item: 'reg44_response',
            ref: 'reg44-1',
            title: 'Respond to the visit',
            dueOn: '2026-01-01',
            doneOn: null,
          }),
        ]);
        expect(answer.status).toBe(200);
        const opened = await new HubClient(hub().url).call('POST', '/api/rating-rounds', ROUND, {
          Authorization: `Bearer ${home.credential}`,
        });
        expect(opened.status).toBe(201);
        homes.push({ providerId, homeId: home.homeId });
      }
    }, 60_000);

    const a = () => homes[0]!;
    const b = () => homes[1]!;
    const homeIds = (rows: { home_id: string }[]) => rows.map((r) => r.home_id);

    it('a provider’s RI reads its own records and figures only, and no phone ratings at all', async () => {
      const scope = { providerId: a().providerId, role: 'ri', localAuthority: null } as const;
      const seen = await asReader(hub().pool, scope, async (c) => ({
        records: homeIds((await c.query<{ home_id: string }>('SELECT home_id FROM home_records')).rows),
        figures: homeIds((await c.query<{ home_id: string }>('SELECT home_id FROM home_figures')).rows),
      }));
      expect(seen).toEqual({ records: [a().homeId], figures: [a().homeId] });
      for (const table of ['rating_rounds', 'rating_links', 'rating_tallies']) {
        await expect(asReader(hub().pool, scope, (c) => c.query(`SELECT 1 FROM ${table}`))).rejects.toThrow(
          /permission denied/,
        );
      }
    });

    it('a commissioner of a sharing home reads its figures, never its records', async () => {
      await hub().pool.query(`UPDATE homes SET shares_with_local_authority = 'Leeds' WHERE id = $1`, [
        a().homeId,
      ]);
      const scope = { providerId: a().providerId, role: 'commissioner', localAuthority: 'Leeds' } as const;
      const seen = await asReader(hub().pool, scope, async (c) => ({
        records: (await c.query('SELECT 1 FROM home_records')).rowCount,
        figures: homeIds((await c.query<{ home_id: string }>('SELECT home_id FROM home_figures')).rows),
      }));
      expect(seen).toEqual({ records: 0, figures: [a().homeId] });
    });

    it('a home sees and writes only its own records and rating rounds', async () => {
      await asHome(hub().pool, a().homeId, async (c) => {
        expect(
          homeIds((await c.query<{ home_id: string }>('SELECT home_id FROM rating_rounds')).rows),
        ).toEqual([a().homeId]);
        expect((await c.query('SELECT 1 FROM home_figures WHERE home_id = $1', [b().homeId])).rowCount).toBe(
          0,
        );
      });
      await expect(
        asHome(hub().pool, a().homeId, (c) =>
          c.query(
            `INSERT INTO home_records (home_id, provider_id, kind, body) VALUES ($1, $2, 'reg44', '{}')`,
            [b().homeId, b().providerId],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
      // Deleting is allowed (records sent whole replace their dates), but only ever the home's own rows.
      await asHome(hub().pool, a().homeId, (c) => c.query('DELETE FROM home_statutory_items'));
      const left = await hub().pool.query<{ home_id: string }>('SELECT home_id FROM home_statutory_items');
      expect(homeIds(left.rows)).toEqual([b().homeId]);
    });
  },
);
