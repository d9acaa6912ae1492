import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** A parent's questionnaire, typed in, with one link to a hallmark and one to an indicator. */
async function parentsView(t: ReturnType<typeof openHarness>) {
  const questions = (await t.call('voice.questions', { homeId: t.homeId })).filter(
    (q) => q.set === 'parents',
  );
  const input: InputOf<'voice.saveFeedback'> = {
    homeId: t.homeId,
    group: 'parents',
    role: 'Mum',
    receivedOn: '2026-11-10',
    how: 'call',
    said: 'Happy with contact 🙂',
    domains: ['relationships'],
    indicators: ['edu.schools'],
    answers: [{ questionVersionId: questions[0]!.current.id, choice: 1, comment: '' }],
  };
  const saved = await t.call('voice.saveFeedback', input);
  return { input, id: saved.savedId, questions };
}

const rowCount = (t: ReturnType<typeof openHarness>, table: string) =>
  t.store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('correcting feedback after saving', () => {
  it('replaces what was saved: words, date, links and questionnaire answers', async () => {
    const t = openHarness(tempFolder());
    const { input, id, questions } = await parentsView(t);
    const changed = await t.call('voice.saveFeedback', {
      ...input,
      id,
      role: 'Grandmother',
      receivedOn: '2026-11-12',
      said: 'Happy with <b>contact</b>, worried about school',
      domains: ['education'],
      indicators: [],
      answers: [{ questionVersionId: questions[1]!.current.id, choice: 3, comment: '' }],
    });
    expect(changed.savedId).toBe(id);
    expect(changed.value).toHaveLength(1);
    expect(changed.value[0]).toEqual({
      id,
      group: 'parents',
      role: 'Grandmother',
      receivedOn: '2026-11-12',
      how: 'call',
      said: 'Happy with <b>contact</b>, worried about school',
      domains: ['education'],
      indicators: [],
      answers: [
        {
          questionVersionId: questions[1]!.current.id,
          wording: questions[1]!.current.wording,
          scale: 'a5',
          choice: 3,
          comment: '',
        },
      ],
    });
  });

  it('refuses a correction with nothing said and no answers, a long role, or another home’s feedback', async () => {
    const t = openHarness(tempFolder());
    const { input, id } = await parentsView(t);
    const elm = t.store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const before = digest(t.store);
    expect(await t.attempt('voice.saveFeedback', { ...input, id, said: '  ', answers: [] })).toMatchObject({
      ok: false,
      error: { fields: { said: 'Enter what was said' } },
    });
    expect(await t.attempt('voice.saveFeedback', { ...input, id, role: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { fields: { role: 'Their role must be 200 characters or fewer' } },
    });
    expect(
      await t.attempt('voice.saveFeedback', { ...input, id, homeId: elm.id, answers: [] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That feedback no longer exists.' },
    });
    expect(await t.attempt('voice.saveFeedback', { ...input, id, receivedOn: '2026-13-01' })).toMatchObject({
      ok: false,
      error: {
        fields: { receivedOn: 'Enter the date you received it as a real date, for example 14/09/2026' },
      },
    });
    expect(digest(t.store)).toBe(before);
  });
});

describe('deleting feedback', () => {
  it('deletes it with its links and answers, and only in its own home', async () => {
    const t = openHarness(tempFolder());
    const { id } = await parentsView(t);
    const kept = await parentsView(t);
    const elm = t.store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    expect(await t.attempt('voice.deleteFeedback', { homeId: elm.id, id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(rowCount(t, 'voice_feedback_links')).toBe(4);

    const left = await t.call('voice.deleteFeedback', { homeId: t.homeId, id });
    expect(left.map((f) => f.id)).toEqual([kept.id]);
    expect(rowCount(t, 'voice_feedback')).toBe(1);
    expect(rowCount(t, 'voice_feedback_links')).toBe(2);
    expect(rowCount(t, 'voice_feedback_answers')).toBe(1);
    expect(await t.attempt('voice.deleteFeedback', { homeId: t.homeId, id })).toMatchObject({
      ok: false,
      error: { message: 'That feedback no longer exists.' },
    });
  });
});
