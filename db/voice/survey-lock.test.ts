import { describe, expect, it } from 'vitest';
import { SURVEY_SUBJECT } from '../../contract/voice';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** Two homes; survey mode locked on the first home's young people's survey at 10:05, the clock then at `then`. */
async function lockedOnOak(then = '2026-11-20T10:06:00Z') {
  const t = openHarness(tempFolder());
  const elmId = t.store.handlers['homes.create']({
    name: 'Elm Lodge',
    urn: null,
    registeredManager: null,
    places: 3,
  }).id;
  // Sittings made before the lock: one on screen in each home, one from paper in Oak.
  const oakEarlier = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
  const elmEarlier = await t.call('voice.startSession', { homeId: elmId, set: 'young' });
  const paperId = (
    await t.call('voice.savePaperSurvey', {
      homeId: t.homeId,
      set: 'young',
      takenOn: '2026-11-19',
      how: 'alone',
      answers: [],
    })
  ).savedId;
  await t.call('pin.set', { newPin: '246813' });
  t.setClock('2026-11-20T10:05:00Z');
  await t.call('lock.enter', { mode: 'voice', homeId: t.homeId, subjectId: SURVEY_SUBJECT.young });
  t.setClock(then);
  return { ...t, elmId, oakEarlier, elmEarlier, paperId };
}

const answerTo = (sessionId: number, questionVersionId: number) => ({
  sessionId,
  questionVersionId,
  choice: 3,
  comment: 'changed by someone else',
});

describe('survey mode on the server', () => {
  it('saves answers only to the sitting started on the locked screen, for the locked home and survey', async () => {
    const t = await lockedOnOak();
    const mine = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    const first = mine.questions[0]!.versionId;
    expect(await t.call('voice.saveAnswer', answerTo(mine.sessionId, first))).toEqual({ saved: true });

    const before = digest(t.store);
    const refusals = [
      // Another home: starting its survey, reading its "You said, we did" or answering its sitting.
      ['voice.startSession', { homeId: t.elmId, set: 'young' }],
      ['voice.youSaid', { homeId: t.elmId }],
      ['voice.saveAnswer', answerTo(t.elmEarlier.sessionId, t.elmEarlier.questions[0]!.versionId)],
      // Another survey of the same home: the easy read, a paper survey, a sitting from before the lock.
      ['voice.startSession', { homeId: t.homeId, set: 'easy' }],
      ['voice.saveAnswer', answerTo(t.paperId, first)],
      ['voice.saveAnswer', answerTo(t.oakEarlier.sessionId, first)],
    ] as const;
    for (const [name, input] of refusals) {
      const result = await t.attempt(name, input);
      expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: {
          code: 'locked',
          message: 'This locked screen is for something else. Nothing has been saved.',
        },
      });
    }
    expect(digest(t.store)).toBe(before);
  });

  it('refuses answers to the previous young person’s sitting once the next one starts', async () => {
    const t = await lockedOnOak();
    const earlier = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    const next = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    const first = earlier.questions[0]!.versionId;
    expect(await t.attempt('voice.saveAnswer', answerTo(earlier.sessionId, first))).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await t.attempt('voice.saveAnswer', answerTo(next.sessionId, first))).toMatchObject({ ok: true });
    expect((await t.attempt('voice.youSaid', { homeId: t.homeId })).ok).toBe(true);
  });

  it('refuses answers to a sitting left open before the screen was locked', async () => {
    const t = await lockedOnOak();
    // No one has started on the locked screen yet: the sitting from before is still the newest.
    const before = digest(t.store);
    expect(
      await t.attempt(
        'voice.saveAnswer',
        answerTo(t.oakEarlier.sessionId, t.oakEarlier.questions[0]!.versionId),
      ),
    ).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(digest(t.store)).toBe(before);
  });

  it('takes answers from a young person who starts at the very moment the screen is locked', async () => {
    const t = await lockedOnOak('2026-11-20T10:05:00Z');
    const mine = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    expect(await t.call('voice.saveAnswer', answerTo(mine.sessionId, mine.questions[0]!.versionId))).toEqual({
      saved: true,
    });
  });

  it('lets the manager type answers into any sitting once unlocked', async () => {
    const t = await lockedOnOak();
    await t.call('lock.exit', { pin: '246813' });
    const version = t.elmEarlier.questions[0]!.versionId;
    expect(await t.call('voice.saveAnswer', answerTo(t.elmEarlier.sessionId, version))).toEqual({
      saved: true,
    });
  });
});
