import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const setUp = (startAt?: string) => openHarness(tempFolder(), startAt);

type Call = ReturnType<typeof setUp>['call'];

/** One young person's survey on screen, giving `choice` to every question with a picture scale. */
async function survey(call: Call, homeId: number, choice: number | null) {
  const started = await call('voice.startSession', { homeId, set: 'young' });
  for (const q of started.questions) {
    await call('voice.saveAnswer', {
      sessionId: started.sessionId,
      questionVersionId: q.versionId,
      choice: q.scale === 'open' ? null : choice,
      comment: q.scale === 'open' ? 'More trips, please 🚲' : '',
    });
  }
  return started;
}

describe('the voice migration', () => {
  it('is named voice and creates STRICT tables', () => {
    const { store } = setUp();
    expect(migrations.some((m) => m.name === 'voice')).toBe(true);
    const sql = store.db
      .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name LIKE 'voice_%'")
      .pluck()
      .all() as string[];
    expect(sql.length).toBe(9);
    for (const s of sql) expect(s).toMatch(/\)\s*STRICT$/);
  });
});

describe('questions', () => {
  it('gives a new home the built-in sets, mapped to hallmarks', async () => {
    const { call, homeId } = setUp();
    const list = await call('voice.questions', { homeId });
    const sets = new Set(list.map((q) => q.set));
    expect([...sets].sort()).toEqual(['easy', 'parents', 'placing', 'staff', 'young']);
    const safe = list.find((q) => q.builtinKey === 'Y1')!;
    expect(safe.current).toMatchObject({
      wording: 'I feel safe living here.',
      domainKey: 'safety',
      scale: 'f4',
    });
  });

  it('keeps past answers on the wording they were given to when a question is edited', async () => {
    const { call, homeId, store } = setUp();
    await survey(call, homeId, 0);
    const before = (await call('voice.questions', { homeId })).find((q) => q.builtinKey === 'Y1')!;
    const saved = await call('voice.saveQuestion', {
      homeId,
      id: before.id,
      set: 'young',
      wording: 'I feel safe in this house.',
      scale: 'f4',
      domainKey: 'safety',
    });
    const after = saved.value.find((q) => q.id === before.id)!;
    expect(after.versions.map((v) => v.wording)).toEqual([
      'I feel safe living here.',
      'I feel safe in this house.',
    ]);
    expect(after.current.version).toBe(2);
    const answered = store.db
      .prepare(
        `SELECT v.wording FROM voice_answers a JOIN voice_question_versions v ON v.id = a.question_version_id
         WHERE v.question_id = ?`,
      )
      .pluck()
      .all(before.id);
    expect(answered).toEqual(['I feel safe living here.']);
    const next = await call('voice.startSession', { homeId, set: 'young' });
    expect(next.questions[0]!.wording).toBe('I feel safe in this house.');
  });

  it('takes a retired question out of the survey but not out of the list', async () => {
    const { call, homeId } = setUp();
    const y2 = (await call('voice.questions', { homeId })).find((q) => q.builtinKey === 'Y2')!;
    const list = await call('voice.retireQuestion', { id: y2.id, retired: true });
    expect(list.find((q) => q.id === y2.id)!.retiredOn).toBe('2026-11-20');
    const started = await call('voice.startSession', { homeId, set: 'young' });
    expect(started.questions.map((q) => q.versionId)).not.toContain(y2.current.id);
  });

  it('refuses a question in another home’s survey', async () => {
    const { call, homeId, store } = setUp();
    const other = store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 3,
    });
    const theirs = (await call('voice.questions', { homeId: other.id }))[0]!;
    const started = await call('voice.startSession', { homeId, set: 'young' });
    await expect(
      call('voice.saveAnswer', {
        sessionId: started.sessionId,
        questionVersionId: theirs.current.id,
        choice: 0,
        comment: '',
      }),
    ).rejects.toThrow('That question is not part of this survey.');
  });
});

describe('results and the anonymity threshold', () => {
  it('shows nothing until the third young person answers', async () => {
    const { call, homeId } = setUp();
    await survey(call, homeId, 0);
    await survey(call, homeId, 2);
    let results = await call('voice.results', { homeId });
    expect(results.quarters[0]).toMatchObject({ quarter: '2026-Q4', sessions: 2, shown: false });
    expect(
      results.quarters[0]!.questions.every(
        (q) => !q.shown && q.counts.length === 0 && q.onGradeLine === null,
      ),
    ).toBe(true);
    expect(results.quarters[0]!.hallmarks.every((h) => h.onGradeLine === null)).toBe(true);
    await survey(call, homeId, 1);
    results = await call('voice.results', { homeId });
    const safe = results.quarters[0]!.questions.find((q) => q.wordings[0] === 'I feel safe living here.')!;
    expect(safe).toMatchObject({ shown: true, answered: 3 });
    expect(safe.counts.map((c) => c.count)).toEqual([1, 1, 1, 0]);
    expect(safe.onGradeLine).toBe(3);
  });

  it('counts a paper survey typed in the same as one on screen', async () => {
    const { call, homeId } = setUp();
    await survey(call, homeId, 0);
    await survey(call, homeId, 0);
    const questions = (await call('voice.questions', { homeId })).filter((q) => q.set === 'young');
    await call('voice.savePaperSurvey', {
      homeId,
      set: 'young',
      takenOn: '2026-11-02',
      how: 'with_help',
      answers: questions.map((q) => ({
        questionVersionId: q.current.id,
        choice: q.current.scale === 'open' ? null : 0,
        comment: '',
      })),
    });
    const quarter = (await call('voice.results', { homeId })).quarters[0]!;
    expect(quarter).toMatchObject({ sessions: 3, fromPaper: 1, shown: true });
    expect(quarter.hallmarks.find((h) => h.domainKey === 'safety')).toMatchObject({
      answered: 3,
      onGradeLine: 4,
    });
  });

  it('refuses a threshold under three', async () => {
    const { call, homeId } = setUp();
    await expect(call('voice.saveSettings', { homeId, minAnswers: 2, margin: 1 })).rejects.toThrow();
    expect(await call('voice.saveSettings', { homeId, minAnswers: 4, margin: 1.5 })).toEqual({
      minAnswers: 4,
      margin: 1.5,
    });
  });

  it('keeps comments out of the results', async () => {
    const { call, homeId } = setUp();
    for (let i = 0; i < 3; i++) await survey(call, homeId, 0);
    expect(JSON.stringify(await call('voice.results', { homeId }))).not.toContain('More trips');
    expect((await call('voice.comments', { homeId })).length).toBe(6);
  });
});

describe('feedback and "you said, we did"', () => {
  it('records a placing authority’s view linked to an indicator', async () => {
    const { call, homeId } = setUp();
    const saved = await call('voice.saveFeedback', {
      homeId,
      group: 'placing',
      role: 'Social worker',
      receivedOn: '2026-11-10',
      how: 'email',
      said: '<b>Good</b> contact with school',
      domains: ['education'],
      indicators: ['edu.schools'],
      answers: [],
    });
    expect(saved.value[0]).toMatchObject({
      group: 'placing',
      indicators: ['edu.schools'],
      said: '<b>Good</b> contact with school',
    });
    await expect(
      call('voice.saveFeedback', {
        ...saved.value[0]!,
        homeId,
        id: undefined,
        indicators: ['no.such'],
        answers: [],
      }),
    ).rejects.toThrow('Choose indicators from the list.');
  });

  it('refuses a "we did" date before the suggestion', async () => {
    const { call, homeId } = setUp();
    await expect(
      call('voice.saveYouSaid', {
        homeId,
        suggestion: 'Pizza night',
        suggestedOn: '2026-10-10',
        weDid: 'Fridays',
        doneOn: '2026-10-01',
      }),
    ).rejects.toThrow('before the suggestion');
  });
});

/** A review for 2026-Q4 in which the manager judges "Keeping children safe" Outstanding. */
async function outstandingOnSafety(call: Call, homeId: number) {
  const review = await call('reviews.start', { homeId, quarter: '2026-Q4' });
  await call('reviews.saveDomain', { reviewId: review.id, domainKey: 'safety', judgement: 4, rationale: '' });
  return review;
}

describe('triangulation', () => {
  it('flags a hallmark where the manager says Outstanding and young people say sometimes', async () => {
    const { call, homeId } = setUp();
    await outstandingOnSafety(call, homeId);
    for (let i = 0; i < 3; i++) await survey(call, homeId, 2);
    const t = await call('voice.triangulation', { homeId });
    const safety = t.rows.find((r) => r.domainKey === 'safety')!;
    expect(safety.youngPeople).toBe(2);
    expect(safety).toMatchObject({ team: null, teamRaters: 0, teamHidden: false });
    expect(safety).toMatchObject({ manager: 4, flagged: true, gap: 2 });
    const voice = t.rows.find((r) => r.domainKey === 'voice')!;
    expect(voice).toMatchObject({ manager: null, flagged: false });
  });

  it('compares the newest review with its own quarter’s surveys, not a later quarter’s (issue 24)', async () => {
    // A new home in November: the review offered is July to September; the survey counts for October on.
    const { call, homeId } = setUp('2026-11-20T10:00:00Z');
    const review = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    await call('reviews.saveDomain', {
      reviewId: review.id,
      domainKey: 'safety',
      judgement: 4,
      rationale: '',
    });
    for (let i = 0; i < 3; i++) await survey(call, homeId, 2);
    const t = await call('voice.triangulation', { homeId });
    expect(t).toMatchObject({ quarter: '2026-Q3', reviewed: true, surveyAnswers: 0 });
    expect(t.rows.find((r) => r.domainKey === 'safety')).toMatchObject({ manager: 4, youngPeople: null });
    expect(t.rows.every((r) => !r.flagged)).toBe(true);
    // The survey's own quarter has answers but no review.
    const later = await call('voice.triangulation', { homeId, quarter: '2026-Q4' });
    expect(later).toMatchObject({ quarter: '2026-Q4', reviewed: false, surveyAnswers: 3 });
  });
});

type Rating = 0 | 1 | 2 | 3 | 4;

/**
 * Opens a team rating round on `domainKeys`; `rate` finishes sheets, every indicator alike, and `end` ends
 * rating (only then do the team's ratings show).
 */
async function teamRound(call: Call, reviewId: number, domainKeys: string[]) {
  const round = await call('teamRound.open', { reviewId, domainKeys });
  const sheet = await call('rating.sheet', { roundId: round.id });
  return {
    rate: async (...sheets: Rating[]) => {
      for (const rating of sheets) {
        const ratings = sheet.domains.flatMap((d) =>
          d.indicators.map((i) => ({ indicatorKey: i.key, rating })),
        );
        await call('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings });
      }
    },
    end: () => call('teamRound.close', { roundId: round.id }),
  };
}

describe('the staff team in triangulation', () => {
  it('shows the team only once 3 staff rated, averages their grades and flags the manager against it', async () => {
    const { call, homeId } = setUp();
    const review = await outstandingOnSafety(call, homeId);
    // Three staff: one says Requires improvement (2) throughout, one Good (3), one "don't know" (0).
    const round = await teamRound(call, review.id, ['safety']);
    await round.rate(2, 3, 0);
    // While they are still rating nothing of theirs shows, not even how many rated this hallmark.
    let t = await call('voice.triangulation', { homeId, quarter: '2026-Q4' });
    expect(t.teamMinRaters).toBe(3);
    expect(t.rows.find((r) => r.domainKey === 'safety')).toMatchObject({
      manager: 4,
      team: null,
      teamRaters: 0,
      teamHidden: false,
      teamStillRating: true,
      flagged: false,
    });
    // Only the hallmarks in the round are being rated.
    expect(t.rows.find((r) => r.domainKey === 'voice')).toMatchObject({ teamStillRating: false });
    // Rating ended: "don't know" counts as a rater but not in the average, (2 + 3) / 2 = 2.5.
    await round.end();
    t = await call('voice.triangulation', { homeId, quarter: '2026-Q4' });
    expect(t.rows.find((r) => r.domainKey === 'safety')).toMatchObject({
      manager: 4,
      team: 2.5,
      teamRaters: 3,
      teamHidden: false,
      teamStillRating: false,
      flagged: true,
      gap: 1.5,
      between: ['manager', 'team'],
    });
    // Hallmarks outside the round have no team view at all.
    expect(t.rows.find((r) => r.domainKey === 'voice')).toMatchObject({
      team: null,
      teamRaters: 0,
      teamHidden: false,
    });

    // A home that asks for 4 raters hides the three.
    await call('meeting.saveSettings', { reviewId: review.id, minRaters: 4, flagMargin: 1 });
    t = await call('voice.triangulation', { homeId, quarter: '2026-Q4' });
    expect(t.teamMinRaters).toBe(4);
    expect(t.rows.find((r) => r.domainKey === 'safety')).toMatchObject({
      team: null,
      teamHidden: true,
      flagged: false,
    });
  });

  it('flags the team against the young people when the manager has not judged', async () => {
    const { call, homeId } = setUp();
    const review = await call('reviews.start', { homeId, quarter: '2026-Q4' });
    // (3 + 4) / 2 = 3.5 from three staff, one of whom does not know; young people all answer 2.
    const round = await teamRound(call, review.id, ['voice']);
    await round.rate(3, 4, 0);
    await round.end();
    for (let i = 0; i < 3; i++) await survey(call, homeId, 2);
    const t = await call('voice.triangulation', { homeId });
    expect(t.quarter).toBe('2026-Q4');
    expect(t.rows.find((r) => r.domainKey === 'voice')).toMatchObject({
      manager: null,
      team: 3.5,
      youngPeople: 2,
      flagged: true,
      gap: 1.5,
      between: ['team', 'youngPeople'],
    });
  });
});

describe('triangulation by default', () => {
  it('compares the newest quarter whose results may be shown', async () => {
    const { call, homeId, setClock } = setUp('2026-09-10T10:00:00Z');
    for (let i = 0; i < 3; i++) await survey(call, homeId, 0);
    setClock('2026-10-05T10:00:00Z');
    await survey(call, homeId, 3);
    const t = await call('voice.triangulation', { homeId });
    expect(t.quarter).toBe('2026-Q3');
    expect(t.rows.find((r) => r.domainKey === 'safety')!.youngPeople).toBe(4);
  });
});
