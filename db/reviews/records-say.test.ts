import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** A home with a Jul to Sep 2026 review, every indicator Good and every judgement written. */
async function ready() {
  const h = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
  const review = await h.call('reviews.start', { homeId: h.homeId, quarter: '2026-Q3' });
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
  return { ...h, reviewId: review.id };
}

const sign = { signedByName: 'Sam Patel', signedByRole: 'Registered manager', signedOn: '2026-10-05' };

describe('"Your records say…" from the stored records', () => {
  it('gathers Reg 44, Reg 45, figures and overdue actions as of today, for the review’s own indicators', async () => {
    const { call, homeId, reviewId } = await ready();
    const { savedId: visitId } = await call('reg44.saveVisit', {
      homeId,
      visitedOn: '2026-08-04',
      visitor: 'A Visitor',
      reportReceivedOn: '2026-08-10',
    });
    await call('reg44.saveRecommendation', {
      visitId,
      text: 'Review the missing-from-care protocol with every shift.',
      respondBy: '2026-09-01',
      response: '',
      respondedOn: null,
    });
    await call('reg45.save', {
      homeId,
      completedOn: '2026-09-01',
      periodStart: null,
      periodEnd: null,
      sentToOfstedOn: '2026-10-09',
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    await call('actions.create', {
      homeId,
      title: 'Book supervision for night staff',
      link: { kind: 'indicator', key: 'work.supervision' },
      owner: 'Deputy',
      dueOn: '2026-10-31',
      source: 'review',
      byName: 'Sam',
    });
    const { facts } = await call('reviews.records', { reviewId });
    expect(facts.map((f) => [f.indicatorKey, f.ceiling, f.link])).toEqual([
      ['safe.reg44', 2, '#/inspections'],
      ['safe.reg45', 2, '#/inspections/reg45'],
      ['work.supervision', 3, '#/actions'],
    ]);
    expect(facts[0]!.text).toMatch(/1 recommendation is not yet answered, 1 past the timescale/);
  });

  it('refuses sign-off while a rating is above what the records suggest, until one sentence is written', async () => {
    const { call, attempt, homeId, reviewId } = await ready();
    const { savedId: visitId } = await call('reg44.saveVisit', {
      homeId,
      visitedOn: '2026-08-04',
      visitor: 'A Visitor',
      reportReceivedOn: null,
    });
    await call('reg44.saveRecommendation', {
      visitId,
      text: 'Answer the complaint from S.',
      respondBy: '2026-09-01',
      response: '',
      respondedOn: null,
    });
    const refused = await attempt('reviews.complete', { reviewId, ...sign });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.problems).toEqual([
      expect.objectContaining({
        domainKey: 'safety',
        indicatorKey: 'safe.reg44',
        field: 'indicator.safe.reg44.recordsReason',
        message: expect.stringMatching(
          /is Good when your records suggest Requires improvement to be good\.$/,
        ),
      }),
    ]);
    await call('reviews.saveIndicator', {
      reviewId,
      indicatorKey: 'safe.reg44',
      rating: 3,
      note: 'n',
      sources: [],
      otherSource: '',
      discuss: false,
      recordsReason: 'The visitor agreed in writing to move the timescale to 30 November.',
    });
    // Saving without the field keeps the sentence already written.
    await call('reviews.saveIndicator', {
      reviewId,
      indicatorKey: 'safe.reg44',
      rating: 3,
      note: 'n, again',
      sources: [],
      otherSource: '',
      discuss: false,
    });
    const review = await call('reviews.get', { id: reviewId });
    expect(review.indicators.find((i) => i.key === 'safe.reg44')!.recordsReason).toMatch(/30 November/);
    const done = await call('reviews.complete', { reviewId, ...sign });
    expect(done.status).toBe('completed');
  });
});
