import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenRatingRoundRequest, RatingRoundStatus } from '../../contract/hub/rating';
import { enrolHome, HubClient, providerWithAdmin } from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

const meanings = {
  '1': 'Inadequate: …',
  '2': 'Requires improvement: …',
  '3': 'Good: …',
  '4': 'Outstanding: …',
};
const request = (people: number[], minRaters = 3): OpenRatingRoundRequest => ({
  sheet: {
    period: 'Oct to Dec 2026',
    gradeMeanings: meanings,
    domains: [
      {
        key: 'quality',
        number: 1,
        title: 'Quality and purpose of care',
        descriptors: meanings,
        indicators: [
          { key: 'quality.one', number: '1.1', statement: 'Children’s days have a rhythm they can rely on' },
          { key: 'quality.two', number: '1.2', statement: 'The home feels like a home' },
        ],
      },
    ],
  },
  people: people.map((ref) => ({ ref })),
  minRaters,
});

describe.runIf(postgresAvailable())('rating on phones through the hub', { timeout: 20_000 }, () => {
  const hub = useFreshHub();
  let home: { homeId: string; credential: string };
  let other: { homeId: string; credential: string };
  const phone = () => new HubClient(hub().url);
  const asHome = (h: { credential: string }) => (method: string, path: string, body?: unknown) =>
    new HubClient(hub().url).call(method, path, body, { Authorization: `Bearer ${h.credential}` });
  const rate = (code: string, a: 0 | 1 | 2 | 3 | 4, b: 0 | 1 | 2 | 3 | 4) =>
    phone().call('POST', '/api/rate/submit', {
      code,
      ratings: [
        { indicatorKey: 'quality.one', rating: a },
        { indicatorKey: 'quality.two', rating: b },
      ],
    });
  const open = async (people: number[], minRaters = 3) => {
    const r = await asHome(home)('POST', '/api/rating-rounds', request(people, minRaters));
    expect(r.status).toBe(201);
    return r.json!.value as { roundId: string; links: { ref: number; code: string }[] };
  };
  const status = async (roundId: string) =>
    (await asHome(home)('GET', `/api/rating-rounds/${roundId}`)).json!.value as RatingRoundStatus;

  beforeAll(async () => {
    const { admin } = await providerWithAdmin(hub(), 'Oak Care');
    home = await enrolHome(hub(), admin, 'Willow House');
    other = await enrolHome(hub(), admin, 'Ash House');
  }, 60_000);

  it('gives each person a link that works once, and the home only who has finished, then the tallies', async () => {
    const { roundId, links } = await open([11, 12, 13, 14]);
    expect(links.map((l) => l.ref)).toEqual([11, 12, 13, 14]);
    const sheet = await phone().call('POST', '/api/rate/sheet', { code: links[0]!.code.toLowerCase() });
    expect(sheet.json!.value).toMatchObject({ state: 'open', sheet: { period: 'Oct to Dec 2026' } });

    expect((await rate(links[0]!.code, 3, 2)).status).toBe(200);
    expect((await rate(links[1]!.code, 4, 0)).status).toBe(200);
    expect((await rate(links[2]!.code, 3, 2)).status).toBe(200);
    const again = await rate(links[0]!.code, 1, 1);
    expect(again.status).toBe(409);
    expect(again.json!.error!.message).toMatch(/already been used/);
    expect((await phone().call('POST', '/api/rate/sheet', { code: links[0]!.code })).json!.value).toEqual({
      state: 'used',
    });

    // While it is open: who has finished, never a count of grades.
    expect(await status(roundId)).toEqual({
      roundId,
      finished: [11, 12, 13],
      invited: 4,
      closed: false,
      tallies: null,
    });
    const closed = (await asHome(home)('POST', `/api/rating-rounds/${roundId}/close`)).json!
      .value as RatingRoundStatus;
    expect(closed.tallies).toEqual({
      'quality.one': { 0: 0, 1: 0, 2: 0, 3: 2, 4: 1 },
      'quality.two': { 0: 1, 1: 0, 2: 2, 3: 0, 4: 0 },
    });
    // Nothing in the hub's tables says who chose what: the links hold no ratings, the tallies no person.
    const columns = await hub().pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'rating_tallies'`,
    );
    expect(columns.rows.map((c) => c.column_name).sort()).toEqual([
      'count',
      'indicator_key',
      'rating',
      'round_id',
    ]);

    // Ended: the last person's link no longer works, and clearing the round leaves nothing behind.
    expect((await rate(links[3]!.code, 2, 2)).status).toBe(410);
    expect((await asHome(home)('DELETE', `/api/rating-rounds/${roundId}`)).status).toBe(200);
    for (const table of ['rating_rounds', 'rating_links', 'rating_tallies']) {
      expect((await hub().pool.query(`SELECT 1 FROM ${table}`)).rowCount).toBe(0);
    }
  });

  it('shows nothing below the results threshold, even after the round ends', async () => {
    const { roundId, links } = await open([1, 2, 3, 4], 4);
    for (const link of links.slice(0, 3)) expect((await rate(link.code, 3, 3)).status).toBe(200);
    await asHome(home)('POST', `/api/rating-rounds/${roundId}/close`);
    expect(await status(roundId)).toMatchObject({ closed: true, finished: [1, 2, 3], tallies: null });
  });

  it('refuses an incomplete or malformed sheet, and a threshold below three, storing nothing', async () => {
    const { roundId, links } = await open([5, 6, 7]);
    const partial = await phone().call('POST', '/api/rate/submit', {
      code: links[0]!.code,
      ratings: [{ indicatorKey: 'quality.one', rating: 3 }],
    });
    expect(partial.status).toBe(400);
    const hostile = await phone().call('POST', '/api/rate/submit', {
      code: links[0]!.code,
      ratings: [
        { indicatorKey: "quality.one'); DROP TABLE rating_tallies; --", rating: 3 },
        { indicatorKey: 'quality.two', rating: 9 },
      ],
    });
    expect(hostile.status).toBe(400);
    expect((await status(roundId)).finished).toEqual([]);
    expect(
      (await hub().pool.query('SELECT 1 FROM rating_tallies WHERE round_id = $1', [roundId])).rowCount,
    ).toBe(0);
    const tooFew = await asHome(home)('POST', '/api/rating-rounds', request([1, 2], 2));
    expect(tooFew.status).toBe(400);
    expect(
      (await phone().call('POST', '/api/rate/sheet', { code: 'AAAA-BBBB-CCCC-DDDD' })).json!.value,
    ).toEqual({
      state: 'unknown',
    });
  });

  it('lets no other home, and no one without a credential, read or end a round', async () => {
    const { roundId } = await open([8, 9, 10]);
    expect((await asHome(other)('GET', `/api/rating-rounds/${roundId}`)).status).toBe(404);
    expect((await asHome(other)('POST', `/api/rating-rounds/${roundId}/close`)).status).toBe(404);
    expect((await phone().call('GET', `/api/rating-rounds/${roundId}`)).status).toBe(401);
    expect((await status(roundId)).closed).toBe(false);
  });
});
