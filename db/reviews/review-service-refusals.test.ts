import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { readyReview, signOff } from '../test-support/ready-review';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('what the review service refuses, with the message and the field the screen shows', () => {
  it('refuses a second review of a quarter, and one of a quarter not yet begun', async () => {
    const { call, attempt, homeId } = openHarness(tempFolder());
    await call('reviews.start', { homeId, quarter: '2026-Q3' });
    expect(await attempt('reviews.start', { homeId, quarter: '2026-Q3' })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This home already has a review for Jul to Sep 2026. Open it from the list of reviews.',
        fields: { quarter: 'Choose another quarter: there is already a review for Jul to Sep 2026.' },
      },
    });
    // The clock says 20 November 2026: October to December is this quarter, January 2027 is not.
    await call('reviews.start', { homeId, quarter: '2026-Q4' });
    expect(await attempt('reviews.start', { homeId, quarter: '2027-Q1' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Jan to Mar 2027 has not started yet.',
        fields: { quarter: 'Choose this quarter or an earlier one.' },
      },
    });
  });

  it('refuses to change a signed-off review’s judgements or sign it twice, and to reopen a draft', async () => {
    const h = openHarness(tempFolder());
    const reviewId = await readyReview(h, '2026-Q3');
    const reopenDraft = await h.attempt('reviews.reopen', { reviewId, reason: 'x', byName: 'Sam' });
    expect(reopenDraft).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This review is still a draft, so there is nothing to reopen.' },
    });
    await h.call('reviews.complete', { reviewId, ...signOff });
    const completed = {
      ok: false,
      error: {
        code: 'conflict',
        message: 'This review is completed, so it cannot be changed. Reopen it to make changes.',
      },
    };
    expect(
      await h.attempt('reviews.saveJudgement', { reviewId, area: 'experiences', judgement: 2, reason: 'x' }),
    ).toMatchObject(completed);
    expect(await h.attempt('reviews.complete', { reviewId, ...signOff, signedByName: 'Jo' })).toMatchObject(
      completed,
    );
    const review = await h.call('reviews.get', { id: reviewId });
    expect(review).toMatchObject({ overall: 3, signedByName: 'Sam Patel' });
    expect(review.events.map((e) => e.kind)).toEqual(['started', 'completed']);
  });

  it('refuses a sign-off dated after today, and lists what is missing before one is taken', async () => {
    const h = openHarness(tempFolder());
    const reviewId = await readyReview(h, '2026-Q3');
    expect(
      await h.attempt('reviews.complete', { reviewId, ...signOff, signedOn: '2026-11-21' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The date of sign-off cannot be in the future.',
        fields: { signedOn: 'Enter a date that is today or earlier' },
      },
    });
    // The last day that is not in the future is today.
    expect(await h.call('reviews.complete', { reviewId, ...signOff, signedOn: '2026-11-20' })).toMatchObject({
      status: 'completed',
    });
    const other = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q4' });
    const refused = await h.attempt('reviews.complete', { reviewId: other.id, ...signOff });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/^Finish these \d+ things before signing off/),
      },
    });
    expect((await h.call('reviews.get', { id: other.id })).status).toBe('draft');
  });

  it('says which part of a position is not in the review, and takes a domain with no indicator', async () => {
    const { call, attempt, homeId } = openHarness(tempFolder());
    const { id: reviewId } = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    const refusal = (field: string) => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'That place is not part of this review.',
        fields: { [field]: 'Choose a domain and indicator in this review' },
      },
    });
    expect(
      await attempt('reviews.setPosition', { reviewId, domainKey: 'nowhere', indicatorKey: null }),
    ).toEqual(refusal('domainKey'));
    expect(
      await attempt('reviews.setPosition', {
        reviewId,
        domainKey: 'education',
        indicatorKey: 'lead.visible',
      }),
    ).toEqual(refusal('indicatorKey'));
    await call('reviews.setPosition', { reviewId, domainKey: 'education', indicatorKey: null });
    expect((await call('reviews.get', { id: reviewId })).position).toEqual({
      domainKey: 'education',
      indicatorKey: null,
    });
  });

  it('refuses a home’s own indicator in a domain the framework does not have, adding it nowhere', async () => {
    const { call, attempt, homeId } = openHarness(tempFolder());
    const { id: reviewId } = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    const before = (await call('reviews.get', { id: reviewId })).indicators.length;
    expect(
      await attempt('customIndicators.add', { homeId, domainKey: 'gardening', statement: 'We grow food.' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Choose one of the eight domains.',
        fields: { domainKey: 'Choose a domain.' },
      },
    });
    expect(await call('customIndicators.list', { homeId })).toEqual([]);
    expect((await call('reviews.get', { id: reviewId })).indicators).toHaveLength(before);
  });
});
