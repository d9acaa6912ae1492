import { describe, expect, it } from 'vitest';
import type { Rating } from '../../contract/framework';
import { openHarness } from '../test-support/handler-harness';
import { member } from '../test-support/staff-dates-setup';
import { useTempFolder } from '../test-support/temp-folder';
import { createEarlyWarningInputs } from './early-warning-inputs';

const tempFolder = useTempFolder();
const NOW = '2026-11-26T10:00:00Z';

/**
 * Jul to Sep 2026 completed, with a rating round over two domains and four sheets. The manager rated
 * every indicator Good except: the first Outstanding (the team Requires improvement: a blind spot),
 * the second Requires improvement (the team Good: a hidden strength, not a blind spot), the third
 * "don't know", and the fourth, which every sheet answered "don't know" (so the team has no median).
 */
async function completedRound(minRaters?: number) {
  const h = openHarness(tempFolder(), NOW);
  const { call } = h;
  const review = await call('reviews.start', { homeId: h.homeId, quarter: '2026-Q3' });
  const inRound = review.indicators.filter((i) => ['leadership', 'staffing'].includes(i.domainKey));
  const [blind, hidden, unknown, noMedian] = inRound.map((i) => i.key);
  const manager: Record<string, Rating> = { [blind!]: 4, [hidden!]: 2, [unknown!]: 0 };
  const team: Record<string, Rating> = { [blind!]: 2, [hidden!]: 3, [noMedian!]: 0 };
  for (const i of review.indicators) {
    await call('reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: i.key,
      rating: manager[i.key] ?? 3,
      note: 'Seen on the walk-round.',
      sources: [],
      otherSource: '',
      discuss: false,
    });
  }
  const round = await call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership', 'staffing'] });
  for (let n = 0; n < 4; n += 1) {
    const ratings = inRound.map((i) => ({ indicatorKey: i.key, rating: team[i.key] ?? 3 }));
    await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings });
  }
  await call('teamRound.close', { roundId: round.id });
  if (minRaters !== undefined) {
    await call('meeting.saveSettings', { reviewId: review.id, minRaters, flagMargin: 1 });
  }
  for (const d of review.domains) {
    await call('reviews.saveDomain', {
      reviewId: review.id,
      domainKey: d.key,
      judgement: 3,
      rationale: 'Steady',
    });
  }
  await call('reviews.saveSummary', {
    reviewId: review.id,
    strengths: 'Team',
    improvements: 'School',
    overall: 3,
  });
  for (const area of ['protection', 'leadership', 'experiences'] as const) {
    await call('reviews.saveJudgement', { reviewId: review.id, area, judgement: 3, reason: '' });
  }
  await call('reviews.complete', {
    reviewId: review.id,
    signedByName: 'Sam Patel',
    signedByRole: 'Registered manager',
    signedOn: '2026-10-05',
  });
  const inputs = createEarlyWarningInputs(h.store.db, () => new Date(NOW))(h.homeId, '2026-11-26');
  return { inputs, reviewId: review.id, inRound: inRound.length };
}

describe('early-warning signs: the team’s ratings against the manager’s', () => {
  it('compares each indicator both rated, and counts where the manager rated well above the team', async () => {
    const { inputs, reviewId, inRound } = await completedRound();
    // Left out: the manager's "don't know", and the indicator the whole team did not know.
    expect(inputs.teamRounds).toEqual([
      { quarter: '2026-Q3', reviewId, compared: inRound - 2, belowManager: 1 },
    ]);
  });

  it('compares nothing when fewer people rated than the home’s minimum for showing a spread', async () => {
    const { inputs, reviewId } = await completedRound(5);
    expect(inputs.teamRounds).toEqual([{ quarter: '2026-Q3', reviewId, compared: 0, belowManager: 0 }]);
  });
});

describe('early-warning signs: appraisals', () => {
  it('has nothing to say with no one on the staff list, then counts those in post and those late', async () => {
    const { store, call, homeId } = openHarness(tempFolder(), NOW);
    const inputs = createEarlyWarningInputs(store.db, () => new Date(NOW));
    expect(inputs(homeId, '2026-11-26').appraisals).toBeNull();
    const staff = await call('staff.save', member(homeId, 'Sam Patel'));
    const more = await call('staff.save', member(homeId, 'Alex Reid'));
    const id = (name: string) => [...staff, ...more].find((m) => m.name === name)!.id;
    // A year after 1 October 2025 has passed; a year after 1 June 2026 has not.
    await call('appraisals.record', { homeId, staffId: id('Sam Patel'), appraisedOn: '2025-10-01' });
    await call('appraisals.record', { homeId, staffId: id('Alex Reid'), appraisedOn: '2026-06-01' });
    expect(inputs(homeId, '2026-11-26').appraisals).toEqual({ inPost: 2, late: 1 });
  });
});
