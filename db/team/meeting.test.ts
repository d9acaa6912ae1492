import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import type { InputOf, OperationName, ResultOf } from '../../contract/operations';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

async function setUp(raters: (0 | 1 | 2 | 3 | 4)[], { endRating = true } = {}) {
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
  const key = review.indicators[0]!.key;
  await call('reviews.saveIndicator', {
    reviewId: review.id,
    indicatorKey: key,
    rating: 4,
    note: '',
    sources: [],
    otherSource: '',
    discuss: false,
  });
  const round = await call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] });
  const sheet = await call('rating.sheet', { roundId: round.id });
  for (const r of raters) {
    const ratings = sheet.domains.flatMap((d) =>
      d.indicators.map((i) => ({ indicatorKey: i.key, rating: r })),
    );
    await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: false, ratings });
  }
  if (endRating) await call('teamRound.close', { roundId: round.id });
  /** The manager flags the first indicator (rated Outstanding) to discuss, so it is on the agenda. */
  const flagToDiscuss = () =>
    call('reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: key,
      rating: 4,
      note: '',
      sources: [],
      otherSource: '',
      discuss: true,
    });
  return { store, call, attempt, review, key, round, sheet, flagToDiscuss };
}

describe('the team meeting', () => {
  it('shows no spread with two raters, and nothing that could tell them apart', async () => {
    const { call, review, key, flagToDiscuss } = await setUp([1, 4]);
    // Not on the agenda by spread: there is no spread to show.
    expect((await call('meeting.get', { reviewId: review.id })).items).toEqual([]);
    await flagToDiscuss();
    const meeting = await call('meeting.get', { reviewId: review.id });
    const item = meeting.items.find((i) => i.id === `indicator:${key}`)!;
    expect(item.reasons).toEqual(['discuss']);
    expect(item.indicator).toMatchObject({ raters: 2, spread: null, flag: null });
  });

  it('with three raters shows the spread and flags a manager well above the team', async () => {
    const { call, review, key } = await setUp([2, 4, 2]);
    const meeting = await call('meeting.get', { reviewId: review.id });
    const item = meeting.items.find((i) => i.id === `indicator:${key}`)!;
    expect(item.reasons).toEqual(['blind-spot', 'spread']);
    expect(item.indicator).toMatchObject({ manager: 4, raters: 3, flag: 'blind-spot' });
    expect(item.indicator!.spread).toMatchObject({ counts: { 2: 2, 4: 1 }, median: 2, label: 'mixed' });
    // A higher margin in the settings clears the flag; the threshold never goes below three.
    await call('meeting.saveSettings', { reviewId: review.id, minRaters: 3, flagMargin: 3 });
    const calmer = await call('meeting.get', { reviewId: review.id });
    expect(calmer.items.find((i) => i.id === `indicator:${key}`)!.indicator!.flag).toBeNull();
  });

  it('while rating is open shows only how many rated, never a spread; ending it shows the spread', async () => {
    const { call, attempt, review, round, sheet, flagToDiscuss } = await setUp([2, 4, 2], {
      endRating: false,
    });
    const all = (rating: 1) =>
      sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
    const open = await call('meeting.get', { reviewId: review.id });
    // Three have rated, but no spread, flag or "spread widely" reason that would move with the next sheet.
    expect(open.round).toMatchObject({ sheets: 3, closed: false });
    expect(open.items).toEqual([]);
    await flagToDiscuss();
    const flagged = (await call('meeting.get', { reviewId: review.id })).items[0]!;
    expect(flagged.indicator).toMatchObject({ raters: 3, spread: null, flag: null });
    expect(flagged.reasons).toEqual(['discuss']);
    expect((await call('meeting.agreement', { homeId: review.homeId })).quarters).toEqual([]);

    const ended = await call('teamRound.close', { roundId: round.id });
    expect(ended).toMatchObject({ sheets: 3, closed: true });
    const shown = (await call('meeting.get', { reviewId: review.id })).items[0]!;
    expect(shown.indicator!.spread).toMatchObject({ counts: { 2: 2, 4: 1 }, median: 2 });
    expect((await call('meeting.agreement', { homeId: review.homeId })).quarters).toEqual(['2026-Q3']);
    // No sheet can follow, on screen or from paper, and the round cannot be opened again.
    const before = await call('meeting.get', { reviewId: review.id });
    for (const fromPaper of [false, true]) {
      expect(
        await attempt('rating.submit', { roundId: round.id, staffId: null, fromPaper, ratings: all(1) }),
      ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect(await attempt('teamRound.open', { reviewId: review.id, domainKeys: [] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await call('meeting.get', { reviewId: review.id })).toEqual(before);
  });

  it('refuses a threshold below three', async () => {
    const { attempt, review } = await setUp([]);
    expect(
      await attempt('meeting.saveSettings', { reviewId: review.id, minRaters: 2, flagMargin: 1 }),
    ).toMatchObject({
      ok: false,
      error: { fields: { minRaters: 'Enter 3 or more: fewer raters could be identified' } },
    });
  });

  it('makes the agreed rating the review’s, keeping the earlier one in its history', async () => {
    const { call, review, key } = await setUp([2, 3, 2]);
    await call('meeting.agree', {
      reviewId: review.id,
      indicatorKey: key,
      rating: 3,
      reasoning: 'Evenings lack cover.',
    });
    const after = await call('meeting.agree', {
      reviewId: review.id,
      indicatorKey: key,
      rating: 2,
      reasoning: 'Re-rated.',
    });
    expect((await call('reviews.get', { id: review.id })).indicators[0]!.rating).toBe(2);
    const agreedItem = after.items.find((i) => i.id === `indicator:${key}`)!;
    // The agenda says the team agreed it, and keeps the blind spot found against the manager's own rating.
    expect(agreedItem.reasons).toEqual(['blind-spot', 'agreed']);
    const history = agreedItem.indicator!.agreed;
    expect(history.map((h) => [h.earlier, h.rating])).toEqual([
      [4, 3],
      [3, 2],
    ]);
    // The review's own history lists both agreements after its start, with the reasoning.
    const events = (await call('reviews.get', { id: review.id })).events;
    expect(events.map((e) => e.kind)).toEqual(['started', 'agreed', 'agreed']);
    expect(events.slice(1)).toEqual([
      {
        kind: 'agreed',
        at: '2026-07-10T10:00:00.000Z',
        byName: null,
        reason: 'Evenings lack cover.',
        agreed: { indicatorKey: key, number: '1.1', rating: 3, earlier: 4, own: 4, meetingOn: null },
      },
      {
        kind: 'agreed',
        at: '2026-07-10T10:00:00.000Z',
        byName: null,
        reason: 'Re-rated.',
        agreed: { indicatorKey: key, number: '1.1', rating: 2, earlier: 3, own: 4, meetingOn: null },
      },
    ]);
  });

  it('lists each review of the home with the date its meeting was held, or none yet', async () => {
    const { call, review } = await setUp([]);
    const earlier = await call('reviews.start', { homeId: review.homeId, quarter: '2026-Q2' });
    const other = (await call('homes.create', { name: 'Elm', urn: null, registeredManager: null, places: 2 }))
      .id;
    await call('reviews.start', { homeId: other, quarter: '2026-Q3' });
    expect(await call('meeting.held', { homeId: review.homeId })).toEqual([
      { reviewId: review.id, heldOn: null },
      { reviewId: earlier.id, heldOn: null },
    ]);
    await call('meeting.record', { reviewId: review.id, heldOn: '2026-07-09', attendees: 'A', notes: '' });
    expect(await call('meeting.held', { homeId: review.homeId })).toEqual([
      { reviewId: review.id, heldOn: '2026-07-09' },
      { reviewId: earlier.id, heldOn: null },
    ]);
  });
});
