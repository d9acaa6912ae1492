import { describe, expect, it } from 'vitest';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const notInSurvey = {
  ok: false,
  error: { code: 'not_found', message: 'That question is not part of this survey.' },
};

describe('answers that do not belong to the sitting', () => {
  it('are refused, and nothing is saved', async () => {
    const t = openHarness(tempFolder());
    const elm = t.store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const sitting = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    const easyRead = await t.call('voice.startSession', { homeId: t.homeId, set: 'easy' });
    const elmSitting = await t.call('voice.startSession', { homeId: elm.id, set: 'young' });
    const all = (await t.call('voice.questions', { homeId: t.homeId })).map((q) => q.current.id);
    const answer = (sessionId: number, questionVersionId: number) => ({
      sessionId,
      questionVersionId,
      choice: 0,
      comment: '',
    });
    const before = digest(t.store);
    // The easy-read "I feel safe here" in the young people's sitting.
    expect(
      await t.attempt('voice.saveAnswer', answer(sitting.sessionId, easyRead.questions[0]!.versionId)),
    ).toMatchObject(notInSurvey);
    // Elm's own young people's question, in Oak's young people's sitting.
    expect(
      await t.attempt('voice.saveAnswer', answer(sitting.sessionId, elmSitting.questions[0]!.versionId)),
    ).toMatchObject(notInSurvey);
    // A question that does not exist.
    expect(
      await t.attempt('voice.saveAnswer', answer(sitting.sessionId, Math.max(...all) + 1000)),
    ).toMatchObject(notInSurvey);
    // A sitting that does not exist.
    expect(
      await t.attempt('voice.saveAnswer', answer(elmSitting.sessionId + 1, sitting.questions[0]!.versionId)),
    ).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That survey no longer exists.' } });
    expect(digest(t.store)).toBe(before);
  });
});

describe('a paper survey typed in', () => {
  it('is refused when dated after today, and saved when dated today', async () => {
    const t = openHarness(tempFolder());
    const paper = { homeId: t.homeId, set: 'easy' as const, how: 'pointing' as const, answers: [] };
    const before = digest(t.store);
    expect(await t.attempt('voice.savePaperSurvey', { ...paper, takenOn: '2026-11-21' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The date of a survey cannot be in the future.',
        fields: { takenOn: 'Enter a date that is today or earlier' },
      },
    });
    expect(digest(t.store)).toBe(before);
    await t.call('voice.savePaperSurvey', { ...paper, takenOn: '2026-11-20' });
    expect((await t.call('voice.results', { homeId: t.homeId })).quarters).toMatchObject([
      { quarter: '2026-Q4', sessions: 1, fromPaper: 1, shown: false },
    ]);
  });
});
