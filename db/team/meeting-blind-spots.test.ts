import { describe, expect, it } from 'vitest';
import type { Rating } from '../../contract/framework';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/**
 * Issue 24's meeting: the manager rated 1.1 Outstanding and 2.1 Good; four staff rated 1.1 Good, RI,
 * Good, RI and 2.1 RI, RI, Inadequate, RI. Every other indicator in the round the manager and staff
 * both rated Good.
 */
async function issueMeeting() {
  const { call, homeId } = openHarness(tempFolder(), '2026-07-10T10:00:00Z');
  const review = await call('reviews.start', { homeId, quarter: '2026-Q3' });
  const domains = ['leadership', 'staffing'];
  const inRound = review.indicators.filter((i) => domains.includes(i.domainKey));
  const first = (domain: string) => inRound.find((i) => i.domainKey === domain)!.key;
  const [k11, k21] = [first('leadership'), first('staffing')];
  const manager: Record<string, Rating> = { [k11]: 4, [k21]: 3 };
  for (const i of inRound) {
    await call('reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: i.key,
      rating: manager[i.key] ?? 3,
      note: '',
      sources: [],
      otherSource: '',
      discuss: false,
    });
  }
  const round = await call('teamRound.open', { reviewId: review.id, domainKeys: domains });
  const staff: Record<string, Rating[]> = { [k11]: [3, 2, 3, 2], [k21]: [2, 2, 1, 2] };
  for (const n of [0, 1, 2, 3]) {
    const ratings = inRound.map((i) => ({ indicatorKey: i.key, rating: staff[i.key]?.[n] ?? 3 }));
    await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings });
  }
  await call('teamRound.close', { roundId: round.id });
  const agree = (indicatorKey: string, rating: Rating, reasoning: string) =>
    call('meeting.agree', { reviewId: review.id, indicatorKey, rating, reasoning });
  return { call, agree, review, k11, k21 };
}

describe('blind spots in the team meeting (issue 24)', () => {
  it('puts both blind spots on the agenda, first, with their reason, though the staff agree', async () => {
    const { call, review, k11, k21 } = await issueMeeting();
    const meeting = await call('meeting.get', { reviewId: review.id });
    expect(meeting.items.map((i) => [i.id, i.reasons])).toEqual([
      [`indicator:${k11}`, ['blind-spot']],
      [`indicator:${k21}`, ['blind-spot']],
    ]);
    expect(meeting.items[0]!.indicator).toMatchObject({ own: 4, spread: { median: 2, label: 'agreed' } });
  });

  it('keeps the blind spot, and the manager’s own rating, after the team agrees another', async () => {
    const { call, agree, review, k11 } = await issueMeeting();
    await agree(k11, 3, 'Evenings.');
    await agree(k11, 2, 'Weekends.');
    const item = (await call('meeting.get', { reviewId: review.id })).items[0]!;
    expect(item.reasons).toEqual(['blind-spot', 'agreed']);
    expect(item.indicator).toMatchObject({ manager: 2, own: 4, flag: 'blind-spot' });
  });

  it('dates the agreement by the meeting, and keeps a note on an added item', async () => {
    const { call, agree, review, k11 } = await issueMeeting();
    await agree(k11, 3, 'Evenings.');
    await call('meeting.record', { reviewId: review.id, heldOn: '2026-07-08', attendees: '', notes: '' });
    await call('meeting.saveAgenda', {
      reviewId: review.id,
      order: [],
      added: ['Night staff handover'],
    });
    const withNote = await call('meeting.itemNote', {
      reviewId: review.id,
      itemId: 'added:0',
      note: 'Handover sheet to be tried for a month.',
    });
    expect(withNote.items.find((i) => i.id === 'added:0')!.note).toBe(
      'Handover sheet to be tried for a month.',
    );
    const agreed = withNote.items.find((i) => i.id === `indicator:${k11}`)!.indicator!.agreed[0]!;
    expect(agreed.meetingOn).toBe('2026-07-08');
    const detail = await call('reviews.get', { id: review.id });
    expect(detail.events.find((e) => e.kind === 'agreed')!.agreed).toMatchObject({ meetingOn: '2026-07-08' });
    // A note for an item not on the agenda is refused.
    await expect(
      call('meeting.itemNote', { reviewId: review.id, itemId: 'added:9', note: 'x' }),
    ).rejects.toThrow('That item is no longer on the agenda.');
  });
});
