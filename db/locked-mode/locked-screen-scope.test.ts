import { describe, expect, it } from 'vitest';
import { SURVEY_SUBJECT } from '../../contract/voice';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const PIN = '246813';
const OUTSIDE = {
  ok: false,
  error: { code: 'locked', message: 'This locked screen is for something else. Nothing has been saved.' },
};

/** Oak and Elm, each with a review and a rating round open, and the manager's PIN set. */
async function twoHomes() {
  const t = openHarness(tempFolder());
  const elmId = (await t.call('homes.create', { name: 'Elm', urn: null, registeredManager: null, places: 2 }))
    .id;
  const rounds = [];
  for (const homeId of [t.homeId, elmId]) {
    const review = await t.call('reviews.start', { homeId, quarter: '2026-Q3' });
    rounds.push(await t.call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] }));
  }
  await t.call('pin.set', { newPin: PIN });
  return { ...t, elmId, oakRound: rounds[0]!, elmRound: rounds[1]! };
}

describe('a locked screen reaches only what it was locked for', () => {
  it('a member of staff rating privately sees their own round’s sheet, and no other home’s', async () => {
    const t = await twoHomes();
    await t.call('lock.enter', { mode: 'rating', homeId: t.homeId, subjectId: t.oakRound.id });
    const before = digest(t.store);
    expect(await t.attempt('rating.sheet', { roundId: t.oakRound.id })).toMatchObject({ ok: true });
    expect(await t.attempt('rating.sheet', { roundId: t.elmRound.id })).toMatchObject(OUTSIDE);
    expect(digest(t.store)).toBe(before);
    t.store.close();
  });

  it('a young person at the survey screen starts only the locked home’s survey, never another home’s', async () => {
    const t = await twoHomes();
    await t.call('lock.enter', { mode: 'voice', homeId: t.homeId, subjectId: SURVEY_SUBJECT.young });
    const before = digest(t.store);
    expect(await t.attempt('voice.startSession', { homeId: t.elmId, set: 'young' })).toMatchObject(OUTSIDE);
    expect(digest(t.store)).toBe(before);
    expect(await t.attempt('voice.startSession', { homeId: t.homeId, set: 'young' })).toMatchObject({
      ok: true,
    });
    t.store.close();
  });
});
