import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { readyReview, signOff } from '../test-support/ready-review';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('what the review screens are given', () => {
  it("lists the home's reviews and its own indicators", async () => {
    const { call, homeId } = openHarness(tempFolder());
    await call('reviews.start', { homeId, quarter: '2026-Q2' });
    await call('reviews.start', { homeId, quarter: '2026-Q3' });
    await call('customIndicators.add', { homeId, domainKey: 'voice', statement: 'Children plan the menu.' });
    expect((await call('reviews.list', { homeId })).map((r) => r.quarter).sort()).toEqual([
      '2026-Q2',
      '2026-Q3',
    ]);
    expect((await call('customIndicators.list', { homeId })).map((c) => [c.domainKey, c.statement])).toEqual([
      ['voice', 'Children plan the menu.'],
    ]);
  });

  it("shows a home's own indicator by its own words, and marks only it as the home's", async () => {
    const { call, homeId } = openHarness(tempFolder());
    const added = await call('customIndicators.add', {
      homeId,
      domainKey: 'voice',
      statement: 'Children plan the menu.',
    });
    const review = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    const own = review.indicators.filter((i) => i.custom);
    expect(own.map((i) => [i.key, i.statement])).toEqual([[added.key, 'Children plan the menu.']]);
    expect(review.indicators.find((i) => i.key === 'voice.meetings')).toMatchObject({ custom: false });
  });

  it('marks for discussion only the indicators the manager chose', async () => {
    const { call, homeId } = openHarness(tempFolder());
    const review = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    const [first, second] = review.indicators;
    await call('reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: first!.key,
      rating: 3,
      note: '',
      sources: [],
      otherSource: '',
      discuss: true,
    });
    const after = await call('reviews.get', { id: review.id });
    expect(after.indicators.filter((i) => i.discuss).map((i) => i.key)).toEqual([first!.key]);
    expect(after.indicators.find((i) => i.key === second!.key)!.discuss).toBe(false);
  });

  it("shows last quarter's three judgements, each beside its own", async () => {
    const h = openHarness(tempFolder());
    const reviewId = await readyReview(h, '2026-Q2');
    await h.call('reviews.saveJudgement', {
      reviewId,
      area: 'protection',
      judgement: 2,
      reason: 'Two night staff are not yet trained.',
    });
    // Leaders and managers staying Good beside that asks for a sentence before sign-off.
    await h.call('reviews.saveJudgement', {
      reviewId,
      area: 'leadership',
      judgement: 3,
      reason: 'The manager has booked the training for October.',
    });
    await h.call('reviews.complete', { reviewId, ...signOff });
    const next = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q3' });
    expect(next.sccif!.map((j) => [j.area, j.previous])).toEqual([
      ['experiences', 3],
      ['protection', 2],
      ['leadership', 3],
    ]);
  });
});
