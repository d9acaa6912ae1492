import { beforeAll, describe, expect, it } from 'vitest';
import type { PhoneRound } from '../../contract/hub/phone-round';
import { enrolWithHub } from '../../db/hub-outbox/hub-transport';
import { createHubOutbox } from '../../db/hub-outbox/outbox';
import { openHarness } from '../../db/test-support/handler-harness';
import { useTempFolder } from '../../db/test-support/temp-folder';
import { HubClient, providerWithAdmin } from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

const tempFolder = useTempFolder();
const STAFF = ['Asha', 'Ben', 'Cara', 'Dev'];

describe.runIf(postgresAvailable())('a home’s rating round on staff phones', { timeout: 30_000 }, () => {
  const hub = useFreshHub();
  let admin: HubClient;

  beforeAll(async () => {
    ({ admin } = await providerWithAdmin(hub(), 'Oak Care'));
  }, 60_000);

  /** A connected home with four staff and a round on its review's first domain. */
  async function homeWithRound(name: string) {
    const t = openHarness(tempFolder());
    const made = await admin.call('POST', '/api/enrolment-codes', { homeName: name });
    const enrolled = await enrolWithHub(hub().url, (made.json!.value as { code: string }).code);
    if (!enrolled.ok) throw new Error(enrolled.reason);
    createHubOutbox(t.store.db).connect(t.homeId, {
      hubUrl: hub().url,
      hubHomeId: enrolled.homeId,
      credential: enrolled.credential,
    });
    for (const person of STAFF) {
      await t.call('staff.save', {
        homeId: t.homeId,
        name: person,
        role: 'Residential care worker',
        startedOn: null,
        status: 'active',
        leftOn: null,
      });
    }
    const review = t.store.handlers['reviews.start']({ homeId: t.homeId, quarter: '2026-Q3' });
    const domain = review.domains[0]!.key;
    const round = await t.call('teamRound.open', { reviewId: review.id, domainKeys: [domain] });
    const keys = review.indicators.filter((i) => i.domainKey === domain).map((i) => i.key);
    return { t, roundId: round.id, keys };
  }

  const rate = (code: string, keys: string[], rating: 0 | 1 | 2 | 3 | 4) =>
    new HubClient(hub().url).call('POST', '/api/rate/submit', {
      code,
      ratings: keys.map((indicatorKey) => ({ indicatorKey, rating })),
    });

  it('shows who has rated while it runs, then the team’s counts, and the hub keeps nothing', async () => {
    const { t, roundId, keys } = await homeWithRound('Oak House');
    expect(await t.call('phoneRound.get', { roundId })).toEqual({ state: 'ready' });
    const opened = (await t.call('phoneRound.open', { roundId })) as Extract<PhoneRound, { state: 'open' }>;
    expect(opened.people.map((p) => p.name)).toEqual(STAFF);
    expect(opened.people[0]!.link).toBe(`${hub().url}/rate#${opened.people[0]!.code}`);

    for (const [i, person] of opened.people.slice(0, 3).entries()) {
      expect((await rate(person.code, keys, i === 2 ? 2 : 3)).status).toBe(200);
    }
    const running = await t.call('phoneRound.get', { roundId });
    expect(running).toMatchObject({ state: 'open', finished: 3, invited: 4 });
    if (running.state !== 'open') throw new Error('not open');
    expect(running.people.map((p) => [p.name, p.finished])).toEqual([
      ['Asha', true],
      ['Ben', true],
      ['Cara', true],
      ['Dev', false],
    ]);
    // Nothing of the spread is in the app while rating runs.
    expect(
      await t.call('teamRound.get', {
        reviewId: t.store.handlers['reviews.list']({ homeId: t.homeId })[0]!.id,
      }),
    ).toMatchObject({ sheets: 0, closed: false });

    const ended = await t.call('phoneRound.end', { roundId });
    expect(ended).toMatchObject({ sheets: 3, closed: true, named: ['Asha', 'Ben', 'Cara'] });
    const tallies = t.store.db
      .prepare(
        `SELECT rating, count(*) AS n FROM team_ratings r JOIN team_sheets s ON s.id = r.sheet_id
          WHERE s.round_id = ? AND r.indicator_key = ? GROUP BY rating ORDER BY rating`,
      )
      .all(roundId, keys[0]);
    expect(tallies).toEqual([
      { rating: 2, n: 1 },
      { rating: 3, n: 2 },
    ]);
    expect((await hub().pool.query('SELECT 1 FROM rating_rounds')).rowCount).toBe(0);
    expect(t.store.db.prepare('SELECT count(*) FROM hub_phone_rounds').pluck().get()).toBe(0);
    expect(await t.call('phoneRound.get', { roundId })).toMatchObject({ state: 'unavailable' });
  });

  it('takes no counts and no names when fewer than the home’s threshold rated', async () => {
    const { t, roundId, keys } = await homeWithRound('Elm House');
    const opened = (await t.call('phoneRound.open', { roundId })) as Extract<PhoneRound, { state: 'open' }>;
    for (const person of opened.people.slice(0, 2)) await rate(person.code, keys, 4);
    expect(await t.call('phoneRound.end', { roundId })).toMatchObject({ sheets: 0, named: [], closed: true });
  });

  it('stops the links, counting nothing, when rating ended here another way first', async () => {
    const { t, roundId, keys } = await homeWithRound('Birch House');
    const opened = (await t.call('phoneRound.open', { roundId })) as Extract<PhoneRound, { state: 'open' }>;
    for (const person of opened.people.slice(0, 3)) await rate(person.code, keys, 3);
    await t.call('teamRound.close', { roundId });
    expect(await t.call('phoneRound.get', { roundId })).toMatchObject({ state: 'open', finished: 3 });
    expect(await t.call('phoneRound.end', { roundId })).toMatchObject({ sheets: 0, named: [], closed: true });
    expect((await rate(opened.people[3]!.code, keys, 3)).status).toBe(410);
    expect(await t.call('phoneRound.get', { roundId })).toMatchObject({ state: 'unavailable' });
  });

  const sheet = (roundId: number, keys: string[], fromPaper: boolean) => ({
    roundId,
    staffId: null,
    fromPaper,
    ratings: keys.map((indicatorKey) => ({ indicatorKey, rating: 3 as const })),
  });

  it('takes no second sheet on this computer or from paper while phones rate, so all are counted together', async () => {
    const { t, roundId, keys } = await homeWithRound('Cedar House');
    const opened = (await t.call('phoneRound.open', { roundId })) as Extract<PhoneRound, { state: 'open' }>;
    for (const person of opened.people.slice(0, 2)) await rate(person.code, keys, 4);
    const reviewId = t.store.handlers['reviews.list']({ homeId: t.homeId })[0]!.id;
    expect(await t.call('teamRound.get', { reviewId })).toMatchObject({ onPhones: true, sheets: 0 });
    // The phones' sheet has the domains chosen when it opened; they cannot change under it.
    expect(await t.attempt('teamRound.open', { reviewId, domainKeys: [] })).toMatchObject({ ok: false });
    for (const fromPaper of [false, true]) {
      expect(await t.attempt('rating.submit', sheet(roundId, keys, fromPaper))).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/^Staff are rating on their own phones/) },
      });
    }
    // Two phones and one sheet here would have passed a threshold of three: the phones' two are withheld.
    expect(await t.call('phoneRound.end', { roundId })).toMatchObject({
      sheets: 0,
      named: [],
      closed: true,
      onPhones: false,
    });
  });

  it('is not opened for a round someone already rated in here, and ends with the home’s disconnection', async () => {
    const { t, roundId, keys } = await homeWithRound('Rowan House');
    await t.call('rating.submit', sheet(roundId, keys, true));
    expect(await t.attempt('phoneRound.open', { roundId })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Someone has already rated .* on paper/) },
    });
    const other = await homeWithRound('Hazel House');
    await other.t.call('phoneRound.open', { roundId: other.roundId });
    await other.t.call('hub.disconnect', { homeId: other.t.homeId });
    expect(await other.t.call('rating.submit', sheet(other.roundId, other.keys, false))).toEqual({
      finished: true,
    });
  });

  it('is not offered to a home without a hub(), and says why when the hub cannot be reached', async () => {
    const { t, roundId } = await homeWithRound('Ash House');
    t.store.db.prepare(`UPDATE hub_connections SET hub_url = 'http://127.0.0.1:9'`).run();
    const refused = await t.attempt('phoneRound.open', { roundId });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/could not be reached/) },
    });
    t.store.db.prepare('DELETE FROM hub_connections').run();
    expect(await t.call('phoneRound.get', { roundId })).toMatchObject({ state: 'unavailable' });
  });
});
