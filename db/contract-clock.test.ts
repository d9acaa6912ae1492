import { describe, expect, it } from 'vitest';
import { openHarness } from './test-support/handler-harness';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
// 00:30 on 1 July in the home (BST), still 30 June in UTC; months before or after the real date.
const LATE_NIGHT = '2026-06-30T23:30:00Z';

/** A review of this quarter with every answer given, ready to sign off. */
function readyToSignOff() {
  const t = openHarness(tempFolder(), LATE_NIGHT);
  const h = t.store.handlers;
  const review = h['reviews.start']({ homeId: t.homeId, quarter: '2026-Q3' });
  for (const i of review.indicators) {
    const answer = { rating: 3, note: 'Seen', sources: [] as string[], otherSource: '', discuss: false };
    h['reviews.saveIndicator']({ reviewId: review.id, indicatorKey: i.key, ...answer });
  }
  for (const d of review.domains)
    h['reviews.saveDomain']({ reviewId: review.id, domainKey: d.key, judgement: 3, rationale: 'Steady' });
  h['reviews.saveSummary']({ reviewId: review.id, strengths: 'Team', improvements: 'School', overall: 3 });
  for (const area of ['protection', 'leadership', 'experiences'] as const)
    h['reviews.saveJudgement']({ reviewId: review.id, area, judgement: 3, reason: '' });
  const signOff = (signedOn: string) =>
    t.attempt('reviews.complete', {
      reviewId: review.id,
      signedByName: 'Jo',
      signedByRole: 'Manager',
      signedOn,
    });
  return { ...t, signOff };
}

describe('date checks read the app’s clock, not the computer’s', () => {
  it('takes 1 July as today at 00:30 BST, and 2 July as the future, when signing off a review', async () => {
    const { signOff, store } = readyToSignOff();
    const future = await signOff('2026-07-02');
    expect(future).toMatchObject({
      ok: false,
      error: { message: 'The date of sign-off cannot be in the future.' },
    });
    expect(future.ok || future.error.fields).toEqual({ signedOn: 'Enter a date that is today or earlier' });
    expect(await signOff('2026-07-01')).toMatchObject({ ok: true, value: { signedOn: '2026-07-01' } });
    store.close();
  });

  it('counts “a year from today” from the app’s today, for dates and quarters', async () => {
    const { attempt, homeId, store } = openHarness(tempFolder(), LATE_NIGHT);
    const record = (completedOn: string) => attempt('reg45.record', { homeId, completedOn });
    expect(await record('2026-07-01')).toMatchObject({ ok: true });
    expect(await record('2026-07-02')).toMatchObject({
      ok: false,
      error: { message: 'The date of a completed review cannot be in the future.' },
    });
    expect(await record('2027-07-02')).toMatchObject({
      ok: false,
      error: { fields: { completedOn: 'Enter a date no more than a year from today' } },
    });
    expect(await attempt('metrics.get', { homeId, quarter: '2027-Q3' })).toMatchObject({ ok: true });
    expect(await attempt('metrics.get', { homeId, quarter: '2027-Q4' })).toMatchObject({
      ok: false,
      error: { fields: { quarter: 'Choose a quarter no more than a year ahead' } },
    });
    store.close();
  });
});
