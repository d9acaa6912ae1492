import { describe, expect, it } from 'vitest';
import type { SurveyQuestion } from '../../contract/voice';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

/** One young person's sitting on screen: `choice` gives their answer to each question (undefined: left it). */
async function sitting(t: Harness, choice: (q: SurveyQuestion) => number | undefined) {
  const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
  for (const q of started.questions) {
    const given = q.scale === 'open' ? undefined : choice(q);
    if (given !== undefined)
      await t.call('voice.saveAnswer', {
        sessionId: started.sessionId,
        questionVersionId: q.versionId,
        choice: given,
        comment: '',
      });
  }
}

const LISTEN = 'The adults here listen to me.';
const SAY = 'I get a say in things like trips, food and house rules.';

describe('"Your records say…" from the young people’s answers', () => {
  it('shows the voice hallmark’s answered questions of the review’s own quarter on its voice indicators', async () => {
    const t = openHarness(tempFolder(), '2026-09-10T10:00:00Z');
    const review = await t.call('reviews.start', { homeId: t.homeId, quarter: '2026-Q3' });
    // Three young people in July to September: "Always" to being listened to and to feeling safe; one
    // of them answered the question about having a say, too few for it to be shown.
    await sitting(t, (q) => (q.wording === SAY ? 1 : 0));
    await sitting(t, (q) => (q.wording === SAY ? undefined : 0));
    await sitting(t, (q) => (q.wording === SAY ? undefined : 0));
    // Three more in October to December, who say "Never": not this review's quarter.
    t.setClock('2026-11-20T10:00:00Z');
    for (let i = 0; i < 3; i++) await sitting(t, () => 3);

    const { facts } = await t.call('reviews.records', { reviewId: review.id });
    const voice = facts.filter((f) => f.link === '#/voice');
    const voiceKeys = review.indicators.map((i) => i.key).filter((k) => k.startsWith('voice.'));
    expect(voiceKeys.length).toBeGreaterThan(0);
    expect(voice.map((f) => f.indicatorKey)).toEqual(voiceKeys);
    for (const fact of voice)
      expect(fact).toMatchObject({
        text: `Young people's survey, Jul to Sep 2026: "${LISTEN}" 3 young people answered (Always 3, Most of the time 0, Sometimes 0, Never 0).`,
        ceiling: 4,
      });
  });
});
