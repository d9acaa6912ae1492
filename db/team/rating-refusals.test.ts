import { describe, expect, it } from 'vitest';
import type { Rating } from '../../contract/framework';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** Oak's Q3 review with Ali and Sam on the staff list and Zed, who has left, and a round over the given domains. */
async function roundOver(domainKeys: string[]) {
  const h = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
  const person = { homeId: h.homeId, role: '', startedOn: '2024-01-08', leftOn: null };
  await h.call('staff.save', { ...person, name: 'Zed', status: 'left', leftOn: '2026-06-30' });
  await h.call('staff.save', { ...person, name: 'Ali', status: 'active' });
  const staff = await h.call('staff.save', { ...person, name: 'Sam', status: 'active' });
  const review = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q3' });
  const round = await h.call('teamRound.open', { reviewId: review.id, domainKeys });
  const sheet = await h.call('rating.sheet', { roundId: round.id });
  const all = (rating: Rating) =>
    sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
  const byName = (name: string) => staff.find((m) => m.name === name)!.id;
  const roundNow = () => h.call('teamRound.get', { reviewId: review.id });
  return { ...h, review, round, sheet, all, sam: byName('Sam'), zed: byName('Zed'), roundNow };
}

/** What Settings › provider hub and “Let staff rate on their phones” leave behind (without a hub here). */
function ratingOnPhones(h: Awaited<ReturnType<typeof roundOver>>) {
  h.store.db
    .prepare(
      `INSERT INTO hub_connections (home_id, hub_url, hub_home_id, credential, connected_at)
       VALUES (?, 'https://hub.example', 'h1', 'c', '2026-11-20T09:00:00Z')`,
    )
    .run(h.homeId);
  h.store.db
    .prepare(`INSERT INTO hub_phone_rounds (round_id, hub_round_id, links) VALUES (?, 'r1', '[]')`)
    .run(h.round.id);
}

describe('the private rating sheet', () => {
  it('offers every domain of the review when the manager chose none, and only the staff who still work here', async () => {
    const { sheet, review } = await roundOver([]);
    expect(sheet.domains.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(sheet.domains.map((d) => d.key))).toEqual(new Set(review.domains.map((d) => d.key)));
    expect(sheet.domains.flatMap((d) => d.indicators)).toHaveLength(review.indicators.length);
    expect(sheet.staff.map((m) => m.name)).toEqual(['Ali', 'Sam']);
  });

  it('says a round that does not exist no longer exists, to read or to end', async () => {
    const { attempt } = await roundOver(['leadership']);
    const gone = { ok: false, error: { code: 'not_found', message: 'That rating round no longer exists.' } };
    expect(await attempt('rating.sheet', { roundId: 999 })).toMatchObject(gone);
    expect(await attempt('teamRound.close', { roundId: 999 })).toMatchObject(gone);
  });
});

describe('opening a rating round', () => {
  it('refuses a domain the review does not have, and opens nothing', async () => {
    const h = openHarness(tempFolder());
    const review = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q3' });
    expect(
      await h.attempt('teamRound.open', { reviewId: review.id, domainKeys: ['leadership', 'gardening'] }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Choose domains from this review.',
        fields: { domainKeys: 'Choose domains from this review' },
      },
    });
    expect(await h.call('teamRound.get', { reviewId: review.id })).toBeNull();
  });

  it('while staff rate on their phones, keeps its domains: the same ones in any order are fine, others are refused', async () => {
    const h = await roundOver(['staffing', 'leadership']);
    ratingOnPhones(h);
    const reopen = (domainKeys: string[]) => h.call('teamRound.open', { reviewId: h.review.id, domainKeys });
    expect((await reopen(['staffing', 'leadership', 'staffing'])).domainKeys).toEqual([
      'staffing',
      'leadership',
    ]);
    expect((await reopen(['leadership', 'staffing'])).domainKeys).toEqual(['leadership', 'staffing']);
    const before = digest(h.store);
    expect(
      await h.attempt('teamRound.open', { reviewId: h.review.id, domainKeys: ['staffing'] }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(
          /^Staff are rating on their own phones for this meeting, so no sheet/,
        ) as string,
      },
    });
    expect(digest(h.store)).toBe(before);
  });
});

describe('handing in a rating sheet', () => {
  it('says the sheet is finished', async () => {
    const { call, round, all, sam, roundNow } = await roundOver(['leadership']);
    expect(
      await call('rating.submit', { roundId: round.id, staffId: sam, fromPaper: false, ratings: all(3) }),
    ).toEqual({ finished: true });
    expect(await roundNow()).toMatchObject({ sheets: 1, named: ['Sam'] });
  });

  it('refuses a name that is not on this home’s current list, and keeps no sheet', async () => {
    const h = await roundOver(['leadership']);
    const elm = h.store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const [elmPerson] = await h.call('staff.save', {
      homeId: elm.id,
      name: 'Elm person',
      role: '',
      startedOn: null,
      status: 'active',
      leftOn: null,
    });
    const before = digest(h.store);
    for (const staffId of [h.zed, elmPerson!.id]) {
      expect(
        await h.attempt('rating.submit', {
          roundId: h.round.id,
          staffId,
          fromPaper: false,
          ratings: h.all(3),
        }),
      ).toMatchObject({
        ok: false,
        error: {
          code: 'not_found',
          message: 'That person is not on the staff list.',
          fields: { staffId: 'Choose someone on the staff list, or “Rather not say”' },
        },
      });
    }
    expect(digest(h.store)).toBe(before);
    expect(await h.roundNow()).toMatchObject({ sheets: 0, named: [] });
  });

  it('refuses a sheet with an indicator missing, given twice or not on the sheet, naming what is missing', async () => {
    const { attempt, store, round, sheet, all, roundNow } = await roundOver(['leadership']);
    const [first, second] = sheet.domains[0]!.indicators;
    const rateEvery = 'Rate every indicator, or choose “Don’t know” where you cannot say.';
    const before = digest(store);
    const submit = (ratings: { indicatorKey: string; rating: Rating }[]) =>
      attempt('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings });
    expect(await submit(all(2).filter((r) => r.indicatorKey !== second!.key))).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: rateEvery,
        fields: { [second!.key]: 'Rate indicator 1.2, or choose “Don’t know”' },
      },
    });
    const twice = [...all(2), { indicatorKey: first!.key, rating: 4 as const }];
    expect(await submit(twice)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: rateEvery },
    });
    const extra = [...all(2), { indicatorKey: 'not-on-the-sheet', rating: 4 as const }];
    expect(await submit(extra)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: rateEvery },
    });
    // As many ratings as indicators, but one of them for an indicator the sheet does not have.
    const swapped = all(2).map((r) => (r.indicatorKey === second!.key ? { ...r, indicatorKey: 'typo' } : r));
    expect(await submit(swapped)).toMatchObject({
      ok: false,
      error: { message: rateEvery, fields: { [second!.key]: 'Rate indicator 1.2, or choose “Don’t know”' } },
    });
    expect(digest(store)).toBe(before);
    expect(await roundNow()).toMatchObject({ sheets: 0 });
  });

  it('says why a second sheet from the same person, or one after rating ended, is refused', async () => {
    const { attempt, call, store, round, all, sam } = await roundOver(['leadership']);
    await call('rating.submit', { roundId: round.id, staffId: sam, fromPaper: false, ratings: all(3) });
    expect(
      await attempt('rating.submit', { roundId: round.id, staffId: sam, fromPaper: false, ratings: all(1) }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This person has already rated for this meeting.',
        fields: { staffId: 'This person has already rated. Choose someone else, or “Rather not say”.' },
      },
    });
    await call('teamRound.close', { roundId: round.id });
    const before = digest(store);
    expect(
      await attempt('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings: all(1) }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Rating has ended for this meeting and the spread is shown, so no more ratings can be added.',
      },
    });
    expect(digest(store)).toBe(before);
  });

  it('says a paper sheet carries no name, and on the locked screen that paper is typed in by the manager', async () => {
    const { attempt, call, store, round, all, sam, homeId } = await roundOver(['leadership']);
    expect(
      await attempt('rating.submit', { roundId: round.id, staffId: sam, fromPaper: true, ratings: all(2) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'A paper sheet carries no name: leave it anonymous.' },
    });
    await call('pin.set', { newPin: '246813' });
    await call('lock.enter', { mode: 'rating', homeId, subjectId: round.id });
    const before = digest(store);
    expect(
      await attempt('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings: all(2) }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'locked',
        message: 'Answers from paper are typed in by the manager, not on this screen.',
      },
    });
    expect(digest(store)).toBe(before);
  });

  it('on a screen locked for one round, refuses another round of the same home', async () => {
    const h = await roundOver(['leadership']);
    const earlier = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q2' });
    const other = await h.call('teamRound.open', { reviewId: earlier.id, domainKeys: ['leadership'] });
    await h.call('pin.set', { newPin: '246813' });
    await h.call('lock.enter', { mode: 'rating', homeId: h.homeId, subjectId: h.round.id });
    const before = digest(h.store);
    expect(await h.attempt('rating.sheet', { roundId: other.id })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    const sheet = { roundId: other.id, staffId: null, fromPaper: false, ratings: h.all(3) };
    expect(await h.attempt('rating.submit', sheet)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(digest(h.store)).toBe(before);
    // The round it was locked for is still open to rate.
    expect((await h.call('rating.sheet', { roundId: h.round.id })).roundId).toBe(h.round.id);
  });
});
