import { describe, expect, it } from 'vitest';
import { currentFramework } from '../framework';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

/** One young person's sitting: `choice` to "I feel safe", "Always" (0) to every other question with a scale. */
async function sitting(t: Harness, safe: number) {
  const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
  for (const q of started.questions) {
    if (q.scale === 'open') continue;
    await t.call('voice.saveAnswer', {
      sessionId: started.sessionId,
      questionVersionId: q.versionId,
      choice: q.talk === 'safe' ? safe : 0,
      comment: '',
    });
  }
}

/** The 2026-Q4 review, with the manager judging "Keeping children safe" Outstanding. */
async function safetyOutstanding(t: Harness) {
  const review = await t.call('reviews.start', { homeId: t.homeId, quarter: '2026-Q4' });
  await t.call('reviews.saveDomain', {
    reviewId: review.id,
    domainKey: 'safety',
    judgement: 4,
    rationale: '',
  });
  return review;
}

/** Staff rate every indicator of the round alike, one sheet per rating, from paper. */
async function rateAll(t: Harness, roundId: number, ...sheets: (0 | 1 | 2 | 3 | 4)[]) {
  const sheet = await t.call('rating.sheet', { roundId });
  for (const rating of sheets) {
    const ratings = sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
    await t.call('rating.submit', { roundId, staffId: null, fromPaper: true, ratings });
  }
}

describe('comparing views in a home with nothing to compare yet', () => {
  it('lists every hallmark with no views, nothing hidden and nothing flagged', async () => {
    const t = openHarness(tempFolder());
    const result = await t.call('voice.triangulation', { homeId: t.homeId });
    expect(result).toMatchObject({ quarter: null, reviewed: false, surveyAnswers: 0 });
    expect(result.rows.map((r) => r.domainKey)).toEqual(currentFramework.domains.map((d) => d.key));
    for (const row of result.rows) {
      expect(row).toEqual({
        domainKey: row.domainKey,
        manager: null,
        team: null,
        teamRaters: 0,
        teamHidden: false,
        teamStillRating: false,
        youngPeople: null,
        youngPeopleHidden: false,
        flagged: false,
        gap: 0,
        between: null,
      });
    }
  });
});

describe('the young people’s view in the comparison', () => {
  it('is hidden, and compared with nothing, while fewer young people answered than the threshold', async () => {
    const t = openHarness(tempFolder());
    await safetyOutstanding(t);
    await sitting(t, 3);
    await sitting(t, 3);
    let result = await t.call('voice.triangulation', { homeId: t.homeId });
    expect(result).toMatchObject({ quarter: '2026-Q4', reviewed: true, surveyAnswers: 2 });
    // Two young people said "Never" to feeling safe: the manager's Outstanding is not flagged against them.
    expect(result.rows.find((r) => r.domainKey === 'safety')).toMatchObject({
      manager: 4,
      youngPeople: null,
      youngPeopleHidden: true,
      flagged: false,
    });
    // No young people's question is about developing staff: nothing of theirs there to hide.
    expect(result.rows.find((r) => r.domainKey === 'workforce')).toMatchObject({
      youngPeople: null,
      youngPeopleHidden: false,
    });

    await sitting(t, 3);
    result = await t.call('voice.triangulation', { homeId: t.homeId });
    expect(result.rows.find((r) => r.domainKey === 'safety')).toMatchObject({
      youngPeople: 1,
      youngPeopleHidden: false,
      flagged: true,
      gap: 3,
    });
  });

  it('compares each hallmark with the answers to its own questions', async () => {
    const t = openHarness(tempFolder());
    await safetyOutstanding(t);
    // "Never" to feeling safe, "Always" to everything else.
    for (let i = 0; i < 3; i++) await sitting(t, 3);
    const rows = (await t.call('voice.triangulation', { homeId: t.homeId })).rows;
    expect(rows.find((r) => r.domainKey === 'safety')!.youngPeople).toBe(1);
    expect(rows.find((r) => r.domainKey === 'voice')!.youngPeople).toBe(4);
    expect(rows.find((r) => r.domainKey === 'education')!.youngPeople).toBe(4);
  });
});

describe('the staff team’s view in the comparison', () => {
  it('shows every hallmark as still being rated while a round on the whole framework is open', async () => {
    const t = openHarness(tempFolder());
    const review = await safetyOutstanding(t);
    const round = await t.call('teamRound.open', { reviewId: review.id, domainKeys: [] });
    await rateAll(t, round.id, 3, 3, 3);
    const rows = (await t.call('voice.triangulation', { homeId: t.homeId })).rows;
    expect(rows.every((r) => r.teamStillRating && r.team === null && r.teamRaters === 0)).toBe(true);
  });

  it('gives no average when every member of staff said "don’t know", yet counts them as rating', async () => {
    const t = openHarness(tempFolder());
    const review = await safetyOutstanding(t);
    const round = await t.call('teamRound.open', { reviewId: review.id, domainKeys: ['safety'] });
    await rateAll(t, round.id, 0, 0, 0);
    await t.call('teamRound.close', { roundId: round.id });
    const safety = (await t.call('voice.triangulation', { homeId: t.homeId })).rows.find(
      (r) => r.domainKey === 'safety',
    );
    expect(safety).toMatchObject({
      manager: 4,
      team: null,
      teamRaters: 3,
      teamHidden: false,
      teamStillRating: false,
      flagged: false,
    });
  });
});
