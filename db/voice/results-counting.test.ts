import { describe, expect, it } from 'vitest';
import type { SurveyQuestion } from '../../contract/voice';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;
type Answer = { choice: number | null; comment: string };

/** One young person's sitting on screen; `answer` says what they gave each question (undefined: left it). */
async function sitting(t: Harness, answer: (q: SurveyQuestion) => Answer | undefined) {
  const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
  for (const q of started.questions) {
    const given = answer(q);
    if (given)
      await t.call('voice.saveAnswer', {
        sessionId: started.sessionId,
        questionVersionId: q.versionId,
        ...given,
      });
  }
  return started;
}

/** "Always" to every question with a scale, nothing written. */
const always = (q: SurveyQuestion): Answer | undefined =>
  q.scale === 'open' ? undefined : { choice: 0, comment: '' };

const quarterOf = async (t: Harness) => (await t.call('voice.results', { homeId: t.homeId })).quarters[0]!;

/** Adds a young people's question and gives its id. */
async function addQuestion(
  t: Harness,
  wording: string,
  scale: 'f4' | 'a5' | 'open',
  domainKey: string | null,
) {
  const saved = await t.call('voice.saveQuestion', {
    homeId: t.homeId,
    set: 'young',
    wording,
    scale,
    domainKey,
  });
  return saved.savedId;
}

describe('who counts as having answered a question', () => {
  it('leaves out a young person who skipped a question, so it stays hidden though the survey is shown', async () => {
    const t = openHarness(tempFolder());
    await sitting(t, always);
    await sitting(t, always);
    // The third young person moved on from "I feel safe" without choosing an answer.
    await sitting(t, (q) => (q.talk === 'safe' ? { choice: null, comment: '' } : always(q)));
    const quarter = await quarterOf(t);
    expect(quarter).toMatchObject({ sessions: 3, shown: true });

    const safe = quarter.questions.find((q) => q.wordings[0] === 'I feel safe living here.')!;
    expect(safe).toMatchObject({ answered: 2, shown: false, counts: [], onGradeLine: null });
    const listen = quarter.questions.find((q) => q.wordings[0] === 'The adults here listen to me.')!;
    expect(listen).toMatchObject({ answered: 3, shown: true, onGradeLine: 4 });
    // The hallmark's only question had two answers: its result stays hidden too.
    expect(quarter.hallmarks.find((h) => h.domainKey === 'safety')).toEqual({
      domainKey: 'safety',
      answered: 2,
      shown: false,
      onGradeLine: null,
    });
    expect(quarter.hallmarks.find((h) => h.domainKey === 'voice')).toMatchObject({
      answered: 3,
      shown: true,
    });
  });

  it('counts a written question by the young people who wrote something, with no counts or grade', async () => {
    const t = openHarness(tempFolder());
    const written = ['A big garden', '   ', 'Pizza on Fridays', 'My keyworker'];
    for (const comment of written) {
      await sitting(t, (q) =>
        q.wording === 'What is the best thing about living here?' ? { choice: null, comment } : always(q),
      );
    }
    const best = (await quarterOf(t)).questions.find(
      (q) => q.wordings[0] === 'What is the best thing about living here?',
    )!;
    expect(best).toMatchObject({ scale: 'open', answered: 3, shown: true, counts: [], onGradeLine: null });
    // What they wrote is never part of the results, only of the manager's comments.
    expect(JSON.stringify(await quarterOf(t))).not.toContain('Pizza');
  });

  it('leaves "Don’t know" out of the grade, and gives no grade when everyone said it', async () => {
    const t = openHarness(tempFolder());
    await addQuestion(t, 'I know how to make a complaint.', 'a5', null);
    await addQuestion(t, 'I know who my advocate is.', 'a5', null);
    // "Strongly agree", "Agree" and "Don't know" to the first; "Don't know" from everyone to the second.
    for (const choice of [0, 1, 4]) {
      await sitting(t, (q) =>
        q.wording === 'I know how to make a complaint.'
          ? { choice, comment: '' }
          : q.wording === 'I know who my advocate is.'
            ? { choice: 4, comment: '' }
            : always(q),
      );
    }
    const quarter = await quarterOf(t);
    const complaint = quarter.questions.find((q) => q.wordings[0] === 'I know how to make a complaint.')!;
    expect(complaint).toMatchObject({ answered: 3, shown: true });
    expect(complaint.counts.map((c) => [c.label, c.count])).toEqual([
      ['Strongly agree', 1],
      ['Agree', 1],
      ['Disagree', 0],
      ['Strongly disagree', 0],
      ["Don't know", 1],
    ]);
    // (1 + 2/3) / 2 on the grade line: 1 + 3 × 5/6 = 3.5; "Don't know" is no view, not a low one.
    expect(complaint.onGradeLine).toBe(3.5);
    const advocate = quarter.questions.find((q) => q.wordings[0] === 'I know who my advocate is.')!;
    expect(advocate).toMatchObject({ answered: 3, shown: true, onGradeLine: null });
    expect(advocate.counts.find((c) => c.label === "Don't know")!.count).toBe(3);
  });
});

describe('the hallmarks young people’s answers speak to', () => {
  it('come only from questions with a scale that are linked to a hallmark', async () => {
    const t = openHarness(tempFolder());
    // An overall question with no hallmark, and a written one linked to developing staff.
    await addQuestion(t, 'Overall, I am happy living here.', 'f4', null);
    await addQuestion(t, 'What could the staff learn to help you more?', 'open', 'workforce');
    for (let i = 0; i < 3; i++) {
      await sitting(t, (q) =>
        q.scale === 'open' ? { choice: null, comment: 'More about music' } : always(q),
      );
    }
    const quarter = await quarterOf(t);
    expect(quarter.hallmarks.map((h) => h.domainKey).sort()).toEqual([
      'aspirations',
      'education',
      'leadership',
      'relationships',
      'safety',
      'staffing',
      'voice',
    ]);
    // The overall question still has its own result.
    expect(quarter.questions.find((q) => q.wordings[0] === 'Overall, I am happy living here.')).toMatchObject(
      {
        domainKey: null,
        shown: true,
        onGradeLine: 4,
      },
    );
  });
});

describe('a question reworded while a young person was part way through', () => {
  it('lists both wordings, the one asked first before the new one', async () => {
    const t = openHarness(tempFolder());
    // The first young person opens the survey, then the manager rewords "I feel safe".
    const first = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
    const y1 = (await t.call('voice.questions', { homeId: t.homeId })).find((q) => q.builtinKey === 'Y1')!;
    await t.call('voice.saveQuestion', {
      homeId: t.homeId,
      id: y1.id,
      set: 'young',
      wording: 'I feel safe in this house.',
      scale: 'f4',
      domainKey: 'safety',
    });
    // Two more young people answer the new wording before the first one finishes on the old.
    await sitting(t, always);
    await sitting(t, always);
    await t.call('voice.saveAnswer', {
      sessionId: first.sessionId,
      questionVersionId: first.questions[0]!.versionId,
      choice: 1,
      comment: '',
    });
    const safe = (await quarterOf(t)).questions.find((q) => q.questionId === y1.id)!;
    expect(safe.wordings).toEqual(['I feel safe living here.', 'I feel safe in this house.']);
    expect(safe).toMatchObject({ answered: 3, shown: true });
    expect(safe.counts.map((c) => c.count)).toEqual([2, 1, 0, 0]);
  });
});
