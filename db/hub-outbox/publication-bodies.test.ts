import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { reviewSignedOffBody } from './publication-bodies';

const tempFolder = useTempFolder();

/** A review signed off on the 18th (entered by hand) though completed in the app on the 20th. */
async function signedOffReview() {
  const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
  const h = t.store.handlers;
  const review = h['reviews.start']({ homeId: t.homeId, quarter: '2026-Q4' });
  review.indicators.forEach((i, n) =>
    h['reviews.saveIndicator']({
      reviewId: review.id,
      indicatorKey: i.key,
      rating: 3,
      // The first note is only spaces: nothing was written.
      note: n === 0 ? '   ' : 'Seen at handover',
      sources: [],
      otherSource: '',
      discuss: false,
    }),
  );
  for (const d of review.domains)
    h['reviews.saveDomain']({ reviewId: review.id, domainKey: d.key, judgement: 3, rationale: 'Steady' });
  h['reviews.saveSummary']({ reviewId: review.id, strengths: 'Team', improvements: 'School', overall: 3 });
  const grades = { protection: 2, leadership: 3, experiences: 4 } as const;
  for (const area of ['protection', 'leadership', 'experiences'] as const)
    h['reviews.saveJudgement']({
      reviewId: review.id,
      area,
      judgement: grades[area],
      reason: `Reason for ${area}`,
    });
  await t.call('reviews.complete', {
    reviewId: review.id,
    signedByName: 'Jo',
    signedByRole: 'Manager',
    signedOn: '2026-11-18',
  });
  return h['reviews.get']({ id: review.id });
}

describe('a signed-off review as the provider’s hub receives it', () => {
  it('carries each of the three judgements under its own heading, with its reason', async () => {
    const body = reviewSignedOffBody(await signedOffReview());
    if (body.kind !== 'review.signed_off') throw new Error('wrong kind');
    expect(body.judgements).toEqual({
      experiencesAndProgress: { grade: 4, reason: 'Reason for experiences' },
      helpedAndProtected: { grade: 2, reason: 'Reason for protection' },
      leadersAndManagers: { grade: 3, reason: 'Reason for leadership' },
    });
  });

  it('has no judgements to give for a review from before they were asked, or with one missing', async () => {
    const detail = await signedOffReview();
    const none = { grade: null, reason: '' };
    for (const sccif of [null, detail.sccif!.filter((s) => s.area !== 'leadership')]) {
      const body = reviewSignedOffBody({ ...detail, sccif });
      if (body.kind !== 'review.signed_off') throw new Error('wrong kind');
      expect(body.judgements.leadersAndManagers).toEqual(none);
      expect(body.judgements.helpedAndProtected).toEqual(
        sccif ? { grade: 2, reason: 'Reason for protection' } : none,
      );
    }
  });

  it('is dated by the sign-off date entered, else by the day it was completed', async () => {
    const detail = await signedOffReview();
    expect(reviewSignedOffBody(detail)).toMatchObject({ signedOn: '2026-11-18' });
    expect(reviewSignedOffBody({ ...detail, signedOn: null })).toMatchObject({ signedOn: '2026-11-20' });
    expect(reviewSignedOffBody({ ...detail, signedOn: null, completedAt: null })).toMatchObject({
      signedOn: '',
    });
  });

  it('sends an evidence note only where something was written, never a note of spaces', async () => {
    const body = reviewSignedOffBody(await signedOffReview());
    if (body.kind !== 'review.signed_off') throw new Error('wrong kind');
    const [first, ...rest] = body.ratings;
    expect(first).not.toHaveProperty('note');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((r) => r.note === 'Seen at handover')).toBe(true);
  });
});
