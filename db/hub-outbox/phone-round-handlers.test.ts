import { describe, expect, it } from 'vitest';
import type { OpenRatingRoundRequest, RatingRoundStatus, RatingTallies } from '../../contract/hub/rating';
import { ServiceError } from '../../contract/result';
import { frameworkByVersion } from '../framework';
import { createHomesRepository } from '../homes/homes';
import { createReviewService } from '../reviews/review-service';
import { openHarness } from '../test-support/handler-harness';
import { serviceRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';
import { credentialSeal } from './credential-seal';
import { createHubOutbox } from './outbox';
import { createPhoneRoundHandlers, sheetsFromTallies } from './phone-round-handlers';
import type { phoneRoundTransport } from './phone-round-transport';

const tempFolder = useTempFolder();
const HUB_URL = 'https://hub.example.org';

/** The hub's rating-round API as a stand-in: what the home asked for, and what the hub answers. */
function fakeTransport() {
  const asked: { open: OpenRatingRoundRequest[]; removed: string[] } = { open: [], removed: [] };
  const answer: { finished: number[]; tallies: RatingTallies | null } = { finished: [], tallies: null };
  const status = (closed: boolean): RatingRoundStatus => ({
    roundId: 'hub-round',
    finished: answer.finished,
    invited: asked.open[0]?.people.length ?? 0,
    closed,
    tallies: closed ? answer.tallies : null,
  });
  const transport: typeof phoneRoundTransport = {
    open: (_c, request) => {
      asked.open.push(request);
      return Promise.resolve({
        roundId: 'hub-round',
        links: request.people.map((p) => ({ ref: p.ref, code: `code-${p.ref}` })),
      });
    },
    status: () => Promise.resolve(status(false)),
    close: () => Promise.resolve(status(true)),
    remove: (_c, roundId) => {
      asked.removed.push(roundId);
      return Promise.reject(new Error('the hub is down'));
    },
  };
  return { transport, asked, answer };
}

/** A home with `staff` active staff (and one who has left) and a round on its review's first domain. */
async function setUp(staff: string[], connected = true) {
  const t = openHarness(tempFolder());
  const db = t.store.db;
  if (connected)
    createHubOutbox(db).connect(t.homeId, {
      hubUrl: HUB_URL,
      hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
      credential: 'c'.repeat(43),
    });
  const everyone = [...staff, 'Lee'];
  for (const [n, name] of everyone.entries()) {
    const left = n === staff.length;
    await t.call('staff.save', {
      homeId: t.homeId,
      name,
      role: 'Residential care worker',
      startedOn: null,
      status: left ? 'left' : 'active',
      leftOn: left ? '2026-10-01' : null,
    });
  }
  const list = await t.call('staff.list', { homeId: t.homeId });
  const ids = everyone.map((name) => list.find((m) => m.name === name)!.id);
  const review = t.store.handlers['reviews.start']({ homeId: t.homeId, quarter: '2026-Q3' });
  const domain = review.domains[0]!.key;
  const round = await t.call('teamRound.open', { reviewId: review.id, domainKeys: [domain] });
  const keys = review.indicators.filter((i) => i.domainKey === domain).map((i) => i.key);
  const fake = fakeTransport();
  const phones = createPhoneRoundHandlers(
    db,
    createHomesRepository(db),
    createReviewService(db),
    () => new Date('2026-11-20T10:00:00Z'),
    credentialSeal(null),
    fake.transport,
  );
  return {
    t,
    phones,
    roundId: round.id,
    keys,
    ids,
    framework: frameworkByVersion(review.frameworkVersion),
    domain,
    ...fake,
  };
}

const refusal = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  // A conflict with the round's state, never the manager's input to correct.
  expect((error as ServiceError).code).toBe('conflict');
  return (error as ServiceError).message;
};

const sheet = (roundId: number, keys: string[]) => ({
  roundId,
  staffId: null,
  fromPaper: true,
  ratings: keys.map((indicatorKey) => ({ indicatorKey, rating: 3 as const })),
});

describe('sheets from the hub’s counts', () => {
  it('gives one sheet a person, each indicator keeping exactly the hub’s counts', () => {
    const sheets = sheetsFromTallies(
      { a: { 0: 0, 1: 0, 2: 1, 3: 2, 4: 0 }, b: { 0: 1, 1: 0, 2: 0, 3: 0, 4: 2 } },
      3,
    );
    expect(sheets).toHaveLength(3);
    for (const key of ['a', 'b'])
      expect(sheets.map((s) => s.find((r) => r.indicatorKey === key)!.rating).sort()).toEqual(
        key === 'a' ? [2, 3, 3] : [0, 4, 4],
      );
  });

  it('refuses counts that do not add up to the people who rated', () => {
    const tallies = { a: { 0: 0, 1: 0, 2: 1, 3: 2, 4: 0 }, b: { 0: 0, 1: 0, 2: 1, 3: 1, 4: 0 } };
    const error = serviceRefusal(() => sheetsFromTallies(tallies, 3));
    expect([error.code, error.message]).toEqual([
      'conflict',
      'The hub’s counts do not match the number of people who rated.',
    ]);
  });
});

describe('rating on staff phones', () => {
  it('is unavailable until the home is connected to a hub, and cannot be opened', async () => {
    const { phones, roundId } = await setUp(['Asha', 'Ben', 'Cara'], false);
    const why = 'Connect this home to a provider hub in Settings first.';
    expect(await phones['phoneRound.get']({ roundId })).toEqual({ state: 'unavailable', reason: why });
    expect(await refusal(phones['phoneRound.open']({ roundId }))).toBe(why);
  });

  it('opens for the active staff only, with the home’s threshold, and gives each a link on the hub', async () => {
    const { phones, roundId, asked, ids, framework, domain, keys } = await setUp(['Asha', 'Ben', 'Cara']);
    expect(await phones['phoneRound.get']({ roundId })).toEqual({ state: 'ready' });
    const opened = await phones['phoneRound.open']({ roundId });
    expect(asked.open).toHaveLength(1);
    expect(asked.open[0]!.people).toEqual(ids.slice(0, 3).map((ref) => ({ ref })));
    expect(asked.open[0]!.minRaters).toBe(3);
    // The phones' sheet: the round's domain with the framework's descriptors, and what each grade means.
    const { sheet: phoneSheet } = asked.open[0]!;
    expect(phoneSheet.period).toBe('Jul to Sep 2026');
    expect(phoneSheet.gradeMeanings).toEqual(framework.gradeMeanings);
    expect(phoneSheet.domains.map((d) => d.key)).toEqual([domain]);
    expect(phoneSheet.domains[0]!.descriptors).toEqual(
      framework.domains.find((d) => d.key === domain)!.grades,
    );
    expect(phoneSheet.domains[0]!.indicators.map((i) => i.key)).toEqual(keys);
    expect(opened).toMatchObject({ state: 'open', finished: 0, invited: 3 });
    if (opened.state !== 'open') throw new Error('not open');
    expect(opened.people[0]).toEqual({
      staffId: ids[0],
      name: 'Asha',
      code: `code-${ids[0]}`,
      link: `${HUB_URL}/rate#code-${ids[0]}`,
      finished: false,
    });
    // Opening again shows the same round; the hub is not asked twice.
    expect(await phones['phoneRound.open']({ roundId })).toEqual(opened);
    expect(asked.open).toHaveLength(1);
  });

  it('names someone who has since left the staff list without their name', async () => {
    const { t, phones, roundId, ids, answer } = await setUp(['Asha', 'Ben', 'Cara']);
    await phones['phoneRound.open']({ roundId });
    answer.finished = [ids[1]!];
    t.store.db.prepare('DELETE FROM staff WHERE id = ?').run(ids[0]);
    const running = await phones['phoneRound.get']({ roundId });
    if (running.state !== 'open') throw new Error('not open');
    expect(running.people.map((p) => [p.name, p.finished])).toEqual([
      ['Someone who has left', false],
      ['Ben', true],
      ['Cara', false],
    ]);
    expect(running.finished).toBe(1);
  });

  it('is not opened with fewer active staff than the home’s threshold', async () => {
    const { phones, roundId, asked } = await setUp(['Asha', 'Ben']);
    expect(await refusal(phones['phoneRound.open']({ roundId }))).toBe(
      'Rating on phones needs at least 3 people on the staff list, so nobody can be picked out.',
    );
    expect(asked.open).toEqual([]);
  });

  it('is not opened once rating has ended, or after people rated here, saying how many', async () => {
    const { t, phones, roundId, keys } = await setUp(['Asha', 'Ben', 'Cara']);
    await t.call('rating.submit', sheet(roundId, keys));
    expect(await refusal(phones['phoneRound.open']({ roundId }))).toMatch(/^Someone has already rated/);
    await t.call('rating.submit', sheet(roundId, keys));
    expect(await refusal(phones['phoneRound.open']({ roundId }))).toMatch(
      /^2 people have already rated for this meeting on this computer or on paper/,
    );
    await t.call('teamRound.close', { roundId });
    expect(await phones['phoneRound.get']({ roundId })).toEqual({
      state: 'unavailable',
      reason: 'Rating has ended.',
    });
    expect(await refusal(phones['phoneRound.open']({ roundId }))).toBe('Rating has ended for this meeting.');
  });

  it('ends with the hub’s counts as sheets and who finished as the named list, even if the hub cannot then delete the round', async () => {
    const { phones, roundId, keys, ids, answer, asked } = await setUp(['Asha', 'Ben', 'Cara']);
    expect(await refusal(phones['phoneRound.end']({ roundId }))).toBe(
      'No one is rating on their phone for this meeting.',
    );
    await phones['phoneRound.open']({ roundId });
    answer.finished = ids.slice(0, 3);
    answer.tallies = Object.fromEntries(keys.map((k) => [k, { 0: 0, 1: 0, 2: 1, 3: 2, 4: 0 }]));
    const ended = await phones['phoneRound.end']({ roundId });
    // Sheets from phones, none from paper.
    expect(ended).toMatchObject({ sheets: 3, fromPaper: 0, closed: true, named: ['Asha', 'Ben', 'Cara'] });
    expect(asked.removed).toEqual(['hub-round']);
    expect(await phones['phoneRound.get']({ roundId })).toEqual({
      state: 'unavailable',
      reason: 'Rating has ended.',
    });
  });

  it('keeps no counts and no names when too few finished, or when rating had already ended here', async () => {
    for (const endedHere of [false, true]) {
      const { t, phones, roundId, keys, ids, answer } = await setUp(['Asha', 'Ben', 'Cara']);
      await phones['phoneRound.open']({ roundId });
      answer.finished = ids.slice(0, endedHere ? 3 : 2);
      // The hub hands back counts only with enough people.
      answer.tallies = endedHere
        ? Object.fromEntries(keys.map((k) => [k, { 0: 0, 1: 0, 2: 0, 3: 3, 4: 0 }]))
        : null;
      if (endedHere) await t.call('teamRound.close', { roundId });
      expect(await phones['phoneRound.end']({ roundId })).toMatchObject({
        sheets: 0,
        named: [],
        closed: true,
      });
    }
  });
});
