import { describe, expect, it } from 'vitest';
import type { SccifArea } from '../../contract/framework';
import { openHarness } from '../test-support/handler-harness';
import { readyReview } from '../test-support/ready-review';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** A review with every indicator and domain Good and the three judgements Good, as suggested. */
async function judged() {
  const h = openHarness(tempFolder());
  const reviewId = await readyReview(h, '2026-Q3');
  const judge = (area: SccifArea, judgement: 1 | 2 | 3 | 4 | null, reason = '') =>
    h.call('reviews.saveJudgement', { reviewId, area, judgement, reason });
  const attemptJudge = (area: SccifArea, judgement: 1 | 2 | 3 | 4 | null, reason = '') =>
    h.attempt('reviews.saveJudgement', { reviewId, area, judgement, reason });
  const review = () => h.call('reviews.get', { id: reviewId });
  const area = async (which: SccifArea) => (await review()).sccif!.find((j) => j.area === which)!;
  return { ...h, reviewId, judge, attemptJudge, review, area };
}

describe('the three SCCIF judgements', () => {
  it('asks why a judgement differs from the suggestion, naming both, and takes no blank reason', async () => {
    const { attemptJudge, area } = await judged();
    const refusal = {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Say why you changed the suggested judgement.',
        fields: { reason: 'Say why this is Inadequate when the suggestion is Good' },
      },
    };
    expect(await attemptJudge('protection', 1)).toEqual(refusal);
    expect(await attemptJudge('protection', 1, '   ')).toEqual(refusal);
    expect(await area('protection')).toMatchObject({ judgement: 3, suggested: 3 });
  });

  it('needs no reason to clear a judgement or to confirm the suggestion', async () => {
    const { judge, area, review } = await judged();
    await judge('protection', null);
    expect(await area('protection')).toMatchObject({ judgement: null, reason: '' });
    const receipt = await judge('protection', 3);
    // The save gives the time it was made, which the review shows as its last change.
    expect(receipt.savedAt).toBe((await review()).updatedAt);
    expect(await area('protection')).toMatchObject({ judgement: 3, suggested: 3, reason: '' });
  });

  it('needs no reason while there is no suggestion yet, before any domain is judged', async () => {
    const { call, homeId } = openHarness(tempFolder());
    const { id: reviewId } = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    await call('reviews.saveJudgement', { reviewId, area: 'leadership', judgement: 2, reason: '' });
    const saved = (await call('reviews.get', { id: reviewId })).sccif!;
    expect(saved.find((j) => j.area === 'leadership')).toMatchObject({ judgement: 2, suggested: null });
  });

  it('leaves the overall alone when another judgement is saved within the limit', async () => {
    const { judge, review, area } = await judged();
    await judge('leadership', 3);
    await judge('protection', 3);
    expect((await review()).overall).toBe(3);
    expect(await area('experiences')).toMatchObject({ judgement: 3, suggested: 3 });
  });

  it('brings the overall down to the limit, keeping its reason, and takes one at the limit but not above', async () => {
    const { judge, attemptJudge, review, area } = await judged();
    await judge('experiences', 3, 'Children make good progress.');
    await judge('leadership', 1, 'Nobody is leading the home.');
    expect((await review()).overall).toBe(2);
    expect(await area('experiences')).toMatchObject({
      judgement: 2,
      suggested: 2,
      reason: 'Children make good progress.',
    });
    const above = await attemptJudge('experiences', 3, 'I disagree');
    expect(above).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { judgement: expect.stringMatching(/^Choose Requires improvement to be good or lower: /) },
      },
    });
    await judge('experiences', 2, 'Requires improvement, at the limit.');
    expect(await area('experiences')).toMatchObject({
      judgement: 2,
      reason: 'Requires improvement, at the limit.',
    });
  });

  it('keeps an overall already at the limit as the manager saved it', async () => {
    const { judge, review, area } = await judged();
    await judge('experiences', 2, 'Education needs work.');
    await judge('leadership', 1, 'Nobody is leading the home.');
    expect((await review()).overall).toBe(2);
    expect(await area('experiences')).toMatchObject({
      judgement: 2,
      suggested: 3,
      reason: 'Education needs work.',
    });
  });

  it('takes Inadequate without a reason where the suggestion says Inadequate is likely, but nothing else', async () => {
    const { call, reviewId, judge, attemptJudge, area } = await judged();
    await call('reviews.saveIndicator', {
      reviewId,
      indicatorKey: 'safe.risks',
      rating: 1,
      note: 'A risk assessment was not updated after an incident.',
      sources: [],
      otherSource: '',
      discuss: false,
    });
    expect(await attemptJudge('protection', 3)).toMatchObject({
      ok: false,
      error: { message: 'Say why you changed the suggested judgement.' },
    });
    await judge('protection', 1);
    expect(await area('protection')).toMatchObject({ judgement: 1, suggested: 2, reason: '' });
  });
});
