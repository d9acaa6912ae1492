import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import type { InputOf, OperationName, ResultOf } from '../../contract/operations';
import { openStore } from '../store';
import { digest } from '../test-support/contract-arbitraries';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

async function setUp() {
  const store = openStore({
    file: path.join(tempFolder(), 'h.sqlite'),
    appVersion: '1.0.0',
    now: () => new Date('2026-07-10T10:00:00Z'),
  });
  const attempt = <K extends OperationName>(name: K, input: InputOf<K>) =>
    dispatch(store.handlers, name, input, () => undefined);
  const call = async <K extends OperationName>(name: K, input: InputOf<K>) => {
    const result = await attempt(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ResultOf<K>;
  };
  const homeId = store.handlers['homes.create']({
    name: 'Oak',
    urn: null,
    registeredManager: null,
    places: 4,
  }).id;
  const review = await call('reviews.start', { homeId, quarter: '2026-Q3' });
  const staff = await call('staff.save', {
    homeId,
    name: 'Sam',
    role: '',
    startedOn: null,
    status: 'active',
    leftOn: null,
  });
  const round = await call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] });
  const sheet = await call('rating.sheet', { roundId: round.id });
  const all = (rating: 0 | 1 | 2 | 3 | 4) =>
    sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
  return { store, attempt, call, homeId, review, round, sheet, all, samId: staff[0]!.id };
}

describe('private rating', () => {
  it('offers the chosen domains, numbered as in the review, and current staff, with no ratings in it', async () => {
    const { sheet } = await setUp();
    expect(sheet.domains.map((d) => d.key)).toEqual(['leadership']);
    expect(sheet.domains[0]!.indicators[0]!.number).toBe('1.1');
    expect(sheet.staff.map((s) => s.name)).toEqual(['Sam']);
    expect(JSON.stringify(sheet)).not.toMatch(/rating"/);
  });

  it('saves a complete sheet, named or anonymous, and refuses a gap or the same person twice', async () => {
    const { attempt, call, round, all, samId, review } = await setUp();
    const gap = await attempt('rating.submit', {
      roundId: round.id,
      staffId: null,
      fromPaper: false,
      ratings: all(3).slice(1),
    });
    expect(gap).toMatchObject({
      ok: false,
      error: { message: 'Rate every indicator, or choose “Don’t know” where you cannot say.' },
    });
    await call('rating.submit', { roundId: round.id, staffId: samId, fromPaper: false, ratings: all(3) });
    await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings: all(0) });
    const again = await attempt('rating.submit', {
      roundId: round.id,
      staffId: samId,
      fromPaper: false,
      ratings: all(2),
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('teamRound.get', { reviewId: review.id })).toMatchObject({
      sheets: 2,
      fromPaper: 1,
      named: ['Sam'],
    });
  });

  it('keeps who took part apart from the sheets: nothing links a name to the ratings given', async () => {
    const { store, attempt, call, round, all, samId } = await setUp();
    await call('rating.submit', { roundId: round.id, staffId: samId, fromPaper: false, ratings: all(2) });
    await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: false, ratings: all(4) });
    const columns = (table: string) =>
      (store.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('team_sheets')).toEqual(['id', 'round_id', 'from_paper']);
    expect(columns('team_ratings')).toEqual(['sheet_id', 'indicator_key', 'rating']);
    expect(columns('team_round_raters')).toEqual(['round_id', 'staff_id']);
    // A paper sheet carries no name, as the printed sheet says.
    expect(
      await attempt('rating.submit', { roundId: round.id, staffId: samId, fromPaper: true, ratings: all(1) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'A paper sheet carries no name: leave it anonymous.' },
    });
  });

  it('on the locked screen, accepts only this round’s on-screen sheets and refuses the rest, changing nothing', async () => {
    const { store, attempt, call, round, all, homeId, review } = await setUp();
    await call('pin.set', { newPin: '246813' });
    await call('lock.enter', { mode: 'rating', homeId, subjectId: round.id });
    await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: false, ratings: all(4) });
    const before = digest(store);
    const paper = await attempt('rating.submit', {
      roundId: round.id,
      staffId: null,
      fromPaper: true,
      ratings: all(4),
    });
    expect(paper).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await attempt('rating.sheet', { roundId: round.id + 1 })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await attempt('teamRound.get', { reviewId: review.id })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(digest(store)).toBe(before);
  });

  it('on the locked screen, refuses another round or another home through the shared lock check, changing nothing', async () => {
    const { store, attempt, call, round, all, homeId } = await setUp();
    const otherHome = (
      await call('homes.create', { name: 'Elm', urn: null, registeredManager: null, places: 2 })
    ).id;
    const otherReview = await call('reviews.start', { homeId: otherHome, quarter: '2026-Q3' });
    const otherRound = await call('teamRound.open', { reviewId: otherReview.id, domainKeys: ['leadership'] });
    await call('pin.set', { newPin: '246813' });
    const refused = { ok: false, error: { code: 'locked' } };
    let before = '';
    const lock = async (input: InputOf<'lock.enter'>) => {
      await call('lock.enter', input);
      before = digest(store);
    };
    const unlock = async () => {
      expect(digest(store)).toBe(before);
      await call('lock.exit', { pin: '246813' });
    };

    // Locked for this home's round: another home's round is refused.
    await lock({ mode: 'rating', homeId, subjectId: round.id });
    const elsewhere = { roundId: otherRound.id, staffId: null, fromPaper: false, ratings: all(4) };
    expect(await attempt('rating.submit', elsewhere)).toMatchObject(refused);
    expect(await attempt('rating.sheet', { roundId: otherRound.id })).toMatchObject(refused);
    await unlock();

    // A lock made for another home refuses this round, though it names this round.
    await lock({ mode: 'rating', homeId: otherHome, subjectId: round.id });
    const here = { roundId: round.id, staffId: null, fromPaper: false, ratings: all(4) };
    expect(await attempt('rating.submit', here)).toMatchObject(refused);
    expect(await attempt('rating.sheet', { roundId: round.id })).toMatchObject(refused);
    await unlock();

    // A children's survey lock refuses rating altogether.
    await lock({ mode: 'voice', homeId, subjectId: null });
    expect(await attempt('rating.submit', here)).toMatchObject(refused);
    await unlock();
    expect((await call('teamRound.get', { reviewId: round.reviewId }))!.sheets).toBe(0);
  });

  it('takes no sheet here or from paper while a connected home’s staff rate on their phones', async () => {
    const { store, attempt, call, homeId, review, round, all } = await setUp();
    const db = store.db;
    // What Settings › provider hub and “Let staff rate on their phones” leave behind (without a hub here).
    db.prepare(
      `INSERT INTO hub_connections (home_id, hub_url, hub_home_id, credential, connected_at)
       VALUES (?, 'https://hub.example', 'h1', 'c', '2026-07-10T09:00:00Z')`,
    ).run(homeId);
    db.prepare(`INSERT INTO hub_phone_rounds (round_id, hub_round_id, links) VALUES (?, 'r1', '[]')`).run(
      round.id,
    );
    expect(await call('teamRound.get', { reviewId: review.id })).toMatchObject({ onPhones: true });
    for (const fromPaper of [false, true]) {
      const refused = await attempt('rating.submit', {
        roundId: round.id,
        staffId: null,
        fromPaper,
        ratings: all(3),
      });
      expect(refused).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/^Staff are rating on their own phones/) as string },
      });
    }
    // A home that disconnected cannot reach its phones’ round: it rates here again.
    db.prepare('DELETE FROM hub_connections').run();
    expect(await call('teamRound.get', { reviewId: review.id })).toMatchObject({
      onPhones: false,
      sheets: 0,
    });
    await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings: all(3) });
  });
});
