import type { openHarness } from './handler-harness';

/**
 * Starts a review of `quarter` and answers every part of it through the contract, as the manager would:
 * each indicator Good with a note, each domain Good, the summary, and the three SCCIF judgements Good.
 * Completing it then needs only the sign-off.
 */
export async function readyReview(h: ReturnType<typeof openHarness>, quarter: string) {
  const review = await h.call('reviews.start', { homeId: h.homeId, quarter });
  for (const i of review.indicators) {
    await h.call('reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: i.key,
      rating: 3,
      note: 'n',
      sources: [],
      otherSource: '',
      discuss: false,
    });
  }
  for (const d of review.domains) {
    await h.call('reviews.saveDomain', {
      reviewId: review.id,
      domainKey: d.key,
      judgement: 3,
      rationale: '',
    });
  }
  await h.call('reviews.saveSummary', {
    reviewId: review.id,
    strengths: 'a',
    improvements: 'b',
    overall: null,
  });
  for (const area of ['protection', 'leadership', 'experiences'] as const) {
    await h.call('reviews.saveJudgement', { reviewId: review.id, area, judgement: 3, reason: '' });
  }
  return review.id;
}

/** A sign-off the contract accepts for a review completed in the autumn of 2026. */
export const signOff = {
  signedByName: 'Sam Patel',
  signedByRole: 'Registered manager',
  signedOn: '2026-10-05',
};
