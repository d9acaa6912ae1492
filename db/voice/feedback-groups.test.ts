import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import type { QuestionSet } from '../../contract/voice';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

/** The version ids of the first two questions of one set, as the questionnaire screen offers them. */
async function firstTwo(t: Harness, set: QuestionSet) {
  const questions = (await t.call('voice.questions', { homeId: t.homeId })).filter((q) => q.set === set);
  return [questions[0]!.current, questions[1]!.current] as const;
}

const feedback = (
  t: Harness,
  fields: Partial<InputOf<'voice.saveFeedback'>>,
): InputOf<'voice.saveFeedback'> => ({
  homeId: t.homeId,
  group: 'other',
  role: '',
  receivedOn: '2026-11-10',
  how: 'meeting',
  said: 'Thank you for the visit',
  domains: [],
  indicators: [],
  answers: [],
  ...fields,
});

const otherHome = (t: Harness) =>
  t.store.handlers['homes.create']({ name: 'Elm', urn: null, registeredManager: null, places: 2 }).id;

describe('the feedback list', () => {
  it('shows each piece of feedback with its own hallmarks, indicators and answers', async () => {
    const t = openHarness(tempFolder());
    const [s1, s2] = await firstTwo(t, 'placing');
    const [t1] = await firstTwo(t, 'staff');
    await t.call(
      'voice.saveFeedback',
      feedback(t, {
        group: 'placing',
        role: 'IRO',
        receivedOn: '2026-11-02',
        how: 'survey',
        said: '',
        domains: ['safety'],
        indicators: ['edu.schools'],
        answers: [
          { questionVersionId: s1.id, choice: 0, comment: '' },
          { questionVersionId: s2.id, choice: 4, comment: 'New to this child' },
        ],
      }),
    );
    // A member of staff's questionnaire, typed in with no hallmark linked.
    await t.call(
      'voice.saveFeedback',
      feedback(t, {
        group: 'staff',
        receivedOn: '2026-11-05',
        how: 'survey',
        said: '',
        answers: [{ questionVersionId: t1.id, choice: 2, comment: '' }],
      }),
    );
    const list = await t.call('voice.feedback', { homeId: t.homeId });
    // Newest received first.
    expect(list.map((f) => [f.group, f.domains, f.indicators])).toEqual([
      ['staff', [], []],
      ['placing', ['safety'], ['edu.schools']],
    ]);
    expect(list[0]!.answers).toEqual([
      { questionVersionId: t1.id, wording: t1.wording, scale: 'a5', choice: 2, comment: '' },
    ]);
    expect(list[1]!.answers.map((a) => [a.wording, a.choice, a.comment])).toEqual([
      [s1.wording, 0, ''],
      [s2.wording, 4, 'New to this child'],
    ]);
    expect(await t.call('voice.feedback', { homeId: otherHome(t) })).toEqual([]);
  });
});

describe('refusing feedback that does not fit', () => {
  it('refuses questionnaire answers from a group with no question set, or to another group’s questions', async () => {
    const t = openHarness(tempFolder());
    const [p1] = await firstTwo(t, 'parents');
    const [t1] = await firstTwo(t, 'staff');
    const before = digest(t.store);
    const answers = [{ questionVersionId: p1.id, choice: 0, comment: '' }];
    expect(await t.attempt('voice.saveFeedback', feedback(t, { group: 'reg44', answers }))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Only parents, placing authorities and staff have a question set.',
      },
    });
    // A parent's questionnaire cannot hold answers to the staff questions.
    expect(
      await t.attempt(
        'voice.saveFeedback',
        feedback(t, { group: 'parents', answers: [{ questionVersionId: t1.id, choice: 0, comment: '' }] }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That question is not part of this survey.' },
    });
    expect(digest(t.store)).toBe(before);
  });

  it('refuses a hallmark or indicator not on the list, and a date received in the future', async () => {
    const t = openHarness(tempFolder());
    const before = digest(t.store);
    expect(
      await t.attempt('voice.saveFeedback', feedback(t, { domains: ['safety', 'kindness'] })),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Choose hallmarks from the list.',
        fields: { domains: 'Choose from the list' },
      },
    });
    expect(
      await t.attempt('voice.saveFeedback', feedback(t, { indicators: ['edu.kindness'] })),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Choose indicators from the list.',
        fields: { indicators: 'Choose from the list' },
      },
    });
    expect(await t.attempt('voice.saveFeedback', feedback(t, { receivedOn: '2026-11-21' }))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The date you received it cannot be in the future.',
        fields: { receivedOn: 'Enter a date that is today or earlier' },
      },
    });
    expect(digest(t.store)).toBe(before);
    // Received today, from someone with no role given, is fine.
    expect(
      (await t.call('voice.saveFeedback', feedback(t, { receivedOn: '2026-11-20' }))).value,
    ).toHaveLength(1);
  });

  it('refuses a correction to feedback someone has since deleted', async () => {
    const t = openHarness(tempFolder());
    const saved = await t.call('voice.saveFeedback', feedback(t, {}));
    await t.call('voice.deleteFeedback', { homeId: t.homeId, id: saved.savedId });
    const before = digest(t.store);
    expect(
      await t.attempt('voice.saveFeedback', feedback(t, { id: saved.savedId, said: 'Corrected' })),
    ).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That feedback no longer exists.' } });
    expect(digest(t.store)).toBe(before);
  });
});
