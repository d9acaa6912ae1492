import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { digest } from '../test-support/contract-arbitraries';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** Oak's Q3 review on 20 November, with every answer given so that it can be signed off. */
async function reviewReadyToSignOff() {
  const h = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
  const handlers = h.store.handlers;
  const review = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q3' });
  for (const i of review.indicators) {
    const answer = { rating: 3, note: 'Seen in the records', sources: [], otherSource: '', discuss: false };
    handlers['reviews.saveIndicator']({ reviewId: review.id, indicatorKey: i.key, ...answer });
  }
  for (const d of review.domains)
    handlers['reviews.saveDomain']({
      reviewId: review.id,
      domainKey: d.key,
      judgement: 3,
      rationale: 'Steady',
    });
  handlers['reviews.saveSummary']({
    reviewId: review.id,
    strengths: 'Team',
    improvements: 'School',
    overall: 3,
  });
  for (const area of ['protection', 'leadership', 'experiences'] as const)
    handlers['reviews.saveJudgement']({ reviewId: review.id, area, judgement: 3, reason: `For ${area}` });
  const signOff = () =>
    h.call('reviews.complete', {
      reviewId: review.id,
      signedByName: 'Jo',
      signedByRole: 'Registered manager',
      signedOn: '2026-11-20',
    });
  return { ...h, review, signOff, key: review.indicators[0]!.key };
}

describe('recording the team meeting', () => {
  it('shows who attended and what was noted, and nothing before the meeting is recorded', async () => {
    const { call, review } = await reviewReadyToSignOff();
    expect(await call('meeting.get', { reviewId: review.id })).toMatchObject({
      heldOn: null,
      attendees: '',
      notes: '',
    });
    const recorded = await call('meeting.record', {
      reviewId: review.id,
      heldOn: '2026-11-20',
      attendees: 'Sam, Jo',
      notes: 'Agreed to try a new handover sheet.',
    });
    expect(recorded).toMatchObject({
      heldOn: '2026-11-20',
      attendees: 'Sam, Jo',
      notes: 'Agreed to try a new handover sheet.',
    });
  });

  it('refuses a meeting dated tomorrow, against its date, and records nothing', async () => {
    const { store, attempt, review } = await reviewReadyToSignOff();
    const before = digest(store);
    expect(
      await attempt('meeting.record', {
        reviewId: review.id,
        heldOn: '2026-11-21',
        attendees: 'Sam',
        notes: '',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The meeting date cannot be in the future.',
        fields: { heldOn: 'Enter a date that is today or earlier' },
      },
    });
    expect(digest(store)).toBe(before);
  });

  it('refuses a note for an item no longer on the agenda, changing nothing', async () => {
    const { store, attempt, review } = await reviewReadyToSignOff();
    const before = digest(store);
    expect(
      await attempt('meeting.itemNote', { reviewId: review.id, itemId: 'added:0', note: 'Too late' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That item is no longer on the agenda.' },
    });
    expect(digest(store)).toBe(before);
  });
});

describe('agreeing a rating in the meeting', () => {
  it('is refused once the review is signed off, and leaves the signed-off rating as it was', async () => {
    const { call, attempt, store, review, signOff, key } = await reviewReadyToSignOff();
    await signOff();
    const before = digest(store);
    expect(
      await attempt('meeting.agree', {
        reviewId: review.id,
        indicatorKey: key,
        rating: 1,
        reasoning: 'Late.',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This review is completed. Reopen it to record an agreed rating.' },
    });
    expect(digest(store)).toBe(before);
    expect((await call('reviews.get', { id: review.id })).indicators[0]!.rating).toBe(3);
  });

  it('is refused for an indicator that is not in the review, changing nothing', async () => {
    const { attempt, store, review } = await reviewReadyToSignOff();
    const before = digest(store);
    expect(
      await attempt('meeting.agree', {
        reviewId: review.id,
        indicatorKey: 'no-such-indicator',
        rating: 2,
        reasoning: 'Typed by hand.',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That indicator is not in this review.' },
    });
    expect(digest(store)).toBe(before);
  });
});
