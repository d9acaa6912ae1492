import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** One young person's sitting on screen: `safe` to "I feel safe", `trusted` to the trusted-adult question. */
async function sitting(t: ReturnType<typeof openHarness>, safe: number, trusted: number) {
  const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
  for (const q of started.questions) {
    if (q.scale === 'open') continue;
    const choice = q.talk === 'safe' ? safe : q.talk === 'trusted-adult' ? trusted : 0;
    await t.call('voice.saveAnswer', {
      sessionId: started.sessionId,
      questionVersionId: q.versionId,
      choice,
      comment: '',
    });
  }
  return started;
}

describe('telling the manager about worries', () => {
  it('marks the survey’s feeling-safe and trusted-adult questions for the message to the young person', async () => {
    const t = openHarness(tempFolder());
    const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    const talk = Object.fromEntries(started.questions.map((q) => [q.wording, q.talk]));
    expect(talk['I feel safe living here.']).toBe('safe');
    expect(talk['There is an adult here I trust and can talk to.']).toBe('trusted-adult');
    expect(talk['The adults here listen to me.']).toBeNull();
  });

  it('tells the manager a young person does not always feel safe even below the threshold, never who', async () => {
    const t = openHarness(tempFolder());
    await sitting(t, 3, 0); // "Never" to feeling safe
    await sitting(t, 0, 0);
    const hidden = (await t.call('voice.results', { homeId: t.homeId })).quarters[0]!;
    // The answers stay hidden (two sittings), but the worry is safeguarding: it is never held back.
    expect(hidden).toMatchObject({ shown: false, worries: ['safe'] });
    expect(hidden.questions.every((q) => !q.shown)).toBe(true);

    await sitting(t, 1, 2); // "Most of the time" is not a worry; "Sometimes" to a trusted adult is
    const shown = (await t.call('voice.results', { homeId: t.homeId })).quarters[0]!;
    expect(shown.shown).toBe(true);
    expect(shown.worries).toEqual(['safe', 'trusted-adult']);
  });

  it('raises nothing when every answer is one of the two higher ones', async () => {
    const t = openHarness(tempFolder());
    for (const choice of [0, 1, 1]) await sitting(t, choice, choice);
    expect((await t.call('voice.results', { homeId: t.homeId })).quarters[0]).toMatchObject({
      shown: true,
      worries: [],
    });
  });
});
