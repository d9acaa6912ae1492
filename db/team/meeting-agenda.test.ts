import { describe, expect, it } from 'vitest';
import type { Rating } from '../../contract/framework';
import type { ReviewDetail } from '../../contract/review';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** Oak's Q3 review, started on 1 October; the meeting is prepared on 20 November. */
async function meetingToPrepare() {
  const h = openHarness(tempFolder(), '2026-10-01T09:00:00Z');
  const review = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q3' });
  const answer = (indicatorKey: string, rating: Rating | null, discuss: boolean) =>
    h.call('reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey,
      rating,
      note: '',
      sources: [],
      otherSource: '',
      discuss,
    });
  const meeting = () => h.call('meeting.get', { reviewId: review.id });
  const inDomain = (domainKey: string) => review.indicators.filter((i) => i.domainKey === domainKey);
  /** An action due on 15 October and still open on 20 November, when the clock is left. */
  const overdueAction = async () => {
    const action = await h.call('actions.create', {
      homeId: h.homeId,
      title: 'Fix the fire door',
      link: null,
      owner: 'Sam',
      dueOn: '2026-10-15',
      source: 'review',
    });
    h.setClock('2026-11-20T10:00:00Z');
    return action;
  };
  return { ...h, review, answer, meeting, inDomain, overdueAction };
}

/** One sheet per rating in `ratings`, each giving every indicator of the round that rating. */
async function sheetsRating(
  call: ReturnType<typeof openHarness>['call'],
  roundId: number,
  ratings: Rating[],
): Promise<void> {
  const sheet = await call('rating.sheet', { roundId });
  for (const rating of ratings) {
    const given = sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
    await call('rating.submit', { roundId, staffId: null, fromPaper: false, ratings: given });
  }
}

const statementOf = (review: ReviewDetail, key: string) =>
  review.indicators.find((i) => i.key === key)!.statement;

describe('the team meeting’s agenda', () => {
  it('numbers each indicator within its own domain and titles it with its number and statement', async () => {
    const { answer, meeting, inDomain, review } = await meetingToPrepare();
    const [, leadership2] = inDomain('leadership');
    const [staffing1, staffing2] = inDomain('staffing');
    for (const i of [leadership2!, staffing1!, staffing2!]) await answer(i.key, 3, true);
    const items = (await meeting()).items;
    expect(items.map((i) => [i.indicator!.number, i.title])).toEqual([
      ['1.2', `1.2 ${statementOf(review, leadership2!.key)}`],
      ['2.1', `2.1 ${statementOf(review, staffing1!.key)}`],
      ['2.2', `2.2 ${statementOf(review, staffing2!.key)}`],
    ]);
    expect(items.map((i) => [i.reasons, i.note])).toEqual(Array(3).fill([['discuss'], '']));
  });

  it('lists an overdue action with its owner and due date, and an added item as added by the manager', async () => {
    const { call, answer, meeting, inDomain, review, overdueAction } = await meetingToPrepare();
    const action = await overdueAction();
    await answer(inDomain('leadership')[0]!.key, 3, true);
    await call('meeting.saveAgenda', { reviewId: review.id, order: [], added: ['Night handover'] });
    const items = (await meeting()).items;
    expect(items.map(({ indicator: _, ...item }) => item)).toEqual([
      {
        id: `action:${action.id}`,
        reasons: ['overdue'],
        title: 'Fix the fire door',
        note: '',
        action: { id: action.id, owner: 'Sam', dueOn: '2026-10-15' },
      },
      {
        id: `indicator:${inDomain('leadership')[0]!.key}`,
        reasons: ['discuss'],
        title: expect.stringMatching(/^1\.1 /) as string,
        note: '',
      },
      { id: 'added:0', reasons: ['added'], title: 'Night handover', note: '' },
    ]);
  });

  it('keeps a note on each kind of item, and a blank note takes the note away', async () => {
    const { call, answer, inDomain, review, overdueAction } = await meetingToPrepare();
    const action = await overdueAction();
    const key = inDomain('leadership')[0]!.key;
    await answer(key, 3, true);
    const note = (itemId: string, text: string) =>
      call('meeting.itemNote', { reviewId: review.id, itemId, note: text });
    await note(`indicator:${key}`, 'Rotas checked.');
    const notes = (await note(`action:${action.id}`, 'New closer ordered.')).items.map((i) => [i.id, i.note]);
    expect(notes).toEqual([
      [`action:${action.id}`, 'New closer ordered.'],
      [`indicator:${key}`, 'Rotas checked.'],
    ]);
    const cleared = (await note(`indicator:${key}`, '   ')).items.map((i) => [i.id, i.note]);
    expect(cleared).toEqual([
      [`action:${action.id}`, 'New closer ordered.'],
      [`indicator:${key}`, ''],
    ]);
  });

  it('says the team agreed a rating, and keeps the item, without a reason, once the manager changes it again', async () => {
    const { call, answer, meeting, inDomain, review } = await meetingToPrepare();
    const key = inDomain('leadership')[0]!.key;
    await answer(key, 3, false);
    expect((await meeting()).items).toEqual([]);
    await call('meeting.agree', { reviewId: review.id, indicatorKey: key, rating: 2, reasoning: 'Nights.' });
    expect((await meeting()).items.map((i) => [i.id, i.reasons])).toEqual([[`indicator:${key}`, ['agreed']]]);
    await answer(key, 3, false);
    const [item] = (await meeting()).items;
    expect(item).toMatchObject({ id: `indicator:${key}`, reasons: [], indicator: { manager: 3, own: 3 } });
    expect(item!.indicator!.agreed.map((a) => a.rating)).toEqual([2]);
  });

  it('while rating is open, counts the sheets only against the domains the round covers', async () => {
    const { call, answer, inDomain, review, homeId } = await meetingToPrepare();
    const [leadership, staffing] = [inDomain('leadership')[0]!.key, inDomain('staffing')[0]!.key];
    for (const key of [leadership, staffing]) await answer(key, 3, true);
    const round = await call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] });
    await sheetsRating(call, round.id, [2, 3]);
    const raters = async (reviewId: number) =>
      (await call('meeting.get', { reviewId })).items.map((i) => [i.indicator!.key, i.indicator!.raters]);
    expect(await raters(review.id)).toEqual([
      [leadership, 2],
      [staffing, 0],
    ]);

    // A round over every domain counts its sheets against each of them.
    const earlier = await call('reviews.start', { homeId, quarter: '2026-Q2' });
    for (const key of [leadership, staffing]) {
      await call('reviews.saveIndicator', {
        reviewId: earlier.id,
        indicatorKey: key,
        rating: 3,
        note: '',
        sources: [],
        otherSource: '',
        discuss: true,
      });
    }
    const everyDomain = await call('teamRound.open', { reviewId: earlier.id, domainKeys: [] });
    await sheetsRating(call, everyDomain.id, [1]);
    expect(await raters(earlier.id)).toEqual([
      [leadership, 1],
      [staffing, 1],
    ]);
  });

  it('puts a blind spot found once rating ends before the order the manager saved, each item once', async () => {
    const { call, answer, meeting, inDomain, review, overdueAction } = await meetingToPrepare();
    const action = await overdueAction();
    const [blind, discussed] = [inDomain('leadership')[0]!.key, inDomain('staffing')[0]!.key];
    await answer(blind, 4, false);
    await answer(discussed, 3, true);
    const round = await call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] });
    await sheetsRating(call, round.id, [2, 2, 2]);
    // Before rating ends the manager puts the discussed indicator before the overdue action.
    const order = [`indicator:${discussed}`, `action:${action.id}`];
    await call('meeting.saveAgenda', { reviewId: review.id, order, added: [] });
    expect((await meeting()).items.map((i) => i.id)).toEqual(order);

    await call('teamRound.close', { roundId: round.id });
    const items = (await meeting()).items;
    expect(items.map((i) => [i.id, i.reasons])).toEqual([
      [`indicator:${blind}`, ['blind-spot']],
      [`indicator:${discussed}`, ['discuss']],
      [`action:${action.id}`, ['overdue']],
    ]);
  });

  it('suggests blind spots first, then overdue actions, then the rest, then the manager’s own items', async () => {
    const { call, answer, meeting, inDomain, review, overdueAction } = await meetingToPrepare();
    const action = await overdueAction();
    const [discussed, blind] = inDomain('leadership').map((i) => i.key);
    await answer(discussed!, 2, true);
    await answer(blind!, 4, false);
    await call('meeting.saveAgenda', { reviewId: review.id, order: [], added: ['Night handover'] });
    const round = await call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] });
    await sheetsRating(call, round.id, [2, 2, 2]);
    await call('teamRound.close', { roundId: round.id });
    expect((await meeting()).items.map((i) => i.id)).toEqual([
      `indicator:${blind}`,
      `action:${action.id}`,
      `indicator:${discussed}`,
      'added:0',
    ]);
  });
});
