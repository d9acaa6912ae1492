import { describe, expect, it } from 'vitest';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

const builtin = async (t: Harness, key: string) =>
  (await t.call('voice.questions', { homeId: t.homeId })).find((q) => q.builtinKey === key)!;

describe('how many answers a question has had', () => {
  it('counts answers from young people’s surveys and from questionnaires typed in, over every version', async () => {
    const t = openHarness(tempFolder());
    const y1 = await builtin(t, 'Y1');
    const p1 = await builtin(t, 'P1');
    for (let i = 0; i < 2; i++) {
      const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
      await t.call('voice.saveAnswer', {
        sessionId: started.sessionId,
        questionVersionId: started.questions[0]!.versionId,
        choice: 0,
        comment: '',
      });
      if (i === 0) {
        // Reworded after the first young person answered: the count goes on over both wordings.
        await t.call('voice.saveQuestion', {
          homeId: t.homeId,
          id: y1.id,
          set: 'young',
          wording: 'I feel safe in this house.',
          scale: 'f4',
          domainKey: 'safety',
        });
      }
    }
    await t.call('voice.saveFeedback', {
      homeId: t.homeId,
      group: 'parents',
      role: 'Dad',
      receivedOn: '2026-11-10',
      how: 'letter',
      said: '',
      domains: [],
      indicators: [],
      answers: [{ questionVersionId: p1.current.id, choice: 1, comment: '' }],
    });
    const list = await t.call('voice.questions', { homeId: t.homeId });
    const count = (key: string) => list.find((q) => q.builtinKey === key)!.answerCount;
    expect([count('Y1'), count('P1'), count('Y2'), count('T1')]).toEqual([2, 1, 0, 0]);
  });
});

describe('saving a question', () => {
  it('adds a version only when the wording, the scale or the hallmark changes', async () => {
    const t = openHarness(tempFolder());
    const y2 = await builtin(t, 'Y2');
    const asBefore = {
      homeId: t.homeId,
      id: y2.id,
      set: 'young' as const,
      wording: y2.current.wording,
      scale: y2.current.scale,
      domainKey: y2.current.domainKey,
    };
    const versionsAfter = async (change: Partial<typeof asBefore>) => {
      const saved = await t.call('voice.saveQuestion', { ...asBefore, ...change });
      expect(saved.savedId).toBe(y2.id);
      return saved.value.find((q) => q.id === y2.id)!.versions.map((v) => [v.version, v.scale, v.domainKey]);
    };
    expect(await versionsAfter({})).toEqual([[1, 'f4', 'voice']]);
    expect(await versionsAfter({ scale: 'a5' })).toEqual([
      [1, 'f4', 'voice'],
      [2, 'a5', 'voice'],
    ]);
    expect(await versionsAfter({ scale: 'a5', domainKey: 'relationships' })).toEqual([
      [1, 'f4', 'voice'],
      [2, 'a5', 'voice'],
      [3, 'a5', 'relationships'],
    ]);
  });

  it('adds a question with no hallmark at the end of its group', async () => {
    const t = openHarness(tempFolder());
    const saved = await t.call('voice.saveQuestion', {
      homeId: t.homeId,
      set: 'easy',
      wording: 'I like my bedroom.',
      scale: 'faces3',
      domainKey: null,
    });
    const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'easy' });
    expect(started.questions.at(-1)).toMatchObject({
      wording: 'I like my bedroom.',
      scale: 'faces3',
      talk: null,
    });
    expect(saved.value.find((q) => q.id === saved.savedId)).toMatchObject({
      builtinKey: null,
      answerCount: 0,
    });
  });

  it('refuses a hallmark not on the list, a move to another group, and another home’s question', async () => {
    const t = openHarness(tempFolder());
    const y2 = await builtin(t, 'Y2');
    const elm = t.store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const fields = {
      homeId: t.homeId,
      set: 'young' as const,
      wording: 'The adults here listen.',
      scale: 'f4' as const,
      domainKey: 'voice',
    };
    const before = digest(t.store);
    expect(await t.attempt('voice.saveQuestion', { ...fields, domainKey: 'kindness' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Choose a hallmark from the list.',
        fields: { domainKey: 'Choose from the list' },
      },
    });
    expect(await t.attempt('voice.saveQuestion', { ...fields, id: y2.id, set: 'staff' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'A question cannot move to another group of people.',
        fields: { set: 'Add a new question for that group instead' },
      },
    });
    expect(await t.attempt('voice.saveQuestion', { ...fields, homeId: elm.id, id: y2.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That question no longer exists.' },
    });
    expect(digest(t.store)).toBe(before);
  });

  it('refuses to retire a question that does not exist', async () => {
    const t = openHarness(tempFolder());
    const ids = (await t.call('voice.questions', { homeId: t.homeId })).map((q) => q.id);
    const before = digest(t.store);
    expect(
      await t.attempt('voice.retireQuestion', { id: Math.max(...ids) + 1, retired: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That question no longer exists.' },
    });
    expect(digest(t.store)).toBe(before);
  });
});
