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

describe('an answer that is not one of the question’s choices', () => {
  it('is refused, so it never counts towards the number of young people who answered', async () => {
    const t = openHarness(tempFolder());
    const sitting = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    const safe = sitting.questions.find((q) => q.talk === 'safe')!;
    const written = sitting.questions.find((q) => q.scale === 'open')!;
    const before = digest(t.store);
    const offScale = {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'That answer is not one of the question’s choices.',
        fields: { choice: 'Choose one of the answers shown' },
      },
    };
    // "I feel safe" has four answers, 0 to 3; a written question has none.
    for (const [question, choice] of [
      [safe, 4],
      [written, 0],
    ] as const) {
      expect(
        await t.attempt('voice.saveAnswer', {
          sessionId: sitting.sessionId,
          questionVersionId: question.versionId,
          choice,
          comment: '',
        }),
      ).toMatchObject(offScale);
    }
    expect(
      await t.attempt('voice.savePaperSurvey', {
        homeId: t.homeId,
        set: 'young',
        takenOn: '2026-11-19',
        how: 'alone',
        answers: [{ questionVersionId: safe.versionId, choice: 9, comment: '' }],
      }),
    ).toMatchObject(offScale);
    const p1 = (await t.call('voice.questions', { homeId: t.homeId })).find((q) => q.builtinKey === 'P1')!;
    // A parent's letter answering "My child is safe at this home", typed in.
    const parentsQuestionnaire = (choice: number) => ({
      homeId: t.homeId,
      group: 'parents' as const,
      role: '',
      receivedOn: '2026-11-19',
      how: 'letter' as const,
      said: '',
      domains: [],
      indicators: [],
      answers: [{ questionVersionId: p1.current.id, choice, comment: '' }],
    });
    expect(await t.attempt('voice.saveFeedback', parentsQuestionnaire(5))).toMatchObject(offScale);
    expect(digest(t.store)).toBe(before);
    // The last choice of each scale is still taken: "Never", and "Don't know" from a parent.
    expect(
      await t.call('voice.saveAnswer', {
        sessionId: sitting.sessionId,
        questionVersionId: safe.versionId,
        choice: 3,
        comment: '',
      }),
    ).toEqual({ saved: true });
    const dontKnow = await t.call('voice.saveFeedback', parentsQuestionnaire(4));
    expect(dontKnow.value[0]!.answers[0]).toMatchObject({ choice: 4 });
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
