import { describe, expect, it } from 'vitest';
import type { Rating } from '../../contract/framework';
import type { SurveyQuestion } from '../../contract/voice';
import { frameworkByVersion } from '../framework';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createQuarterChanges } from './quarter-changes';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

/** A review of the quarter whose team rated the leadership domain, `raters` sheets all at `rating`. */
async function ratedReview(t: Harness, quarter: string, raters: number, rating: Rating) {
  const review = await t.call('reviews.start', { homeId: t.homeId, quarter });
  const round = await t.call('teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] });
  const sheet = await t.call('rating.sheet', { roundId: round.id });
  const ratings = sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
  for (let i = 0; i < raters; i++)
    await t.call('rating.submit', { roundId: round.id, staffId: null, fromPaper: true, ratings });
  return review;
}

/** Marks a review completed, as sign-off leaves it (sign-off itself is tested with the review service). */
function completed(t: Harness, reviewId: number) {
  t.store.db.prepare("UPDATE reviews SET status = 'completed' WHERE id = ?").run(reviewId);
}

const changesOf = async (t: Harness, reviewId: number) =>
  (await t.call('reviews.records', { reviewId })).changes;
const linesOf = (changes: Awaited<ReturnType<typeof changesOf>>, domainKey: string, link: string) =>
  changes
    .find((c) => c.domainKey === domainKey)!
    .lines.filter((l) => l.link === link)
    .map((l) => l.text);

describe('what changed since last quarter: the team’s ratings', () => {
  it('compares the team’s middle rating with the last completed review’s, numbered as in the review', async () => {
    const t = openHarness(tempFolder());
    const before = await ratedReview(t, '2026-Q2', 3, 2);
    completed(t, before.id);
    const review = await ratedReview(t, '2026-Q3', 3, 3);
    const leadership = review.indicators.filter((i) => i.domainKey === 'leadership');
    const changes = await changesOf(t, review.id);
    expect(linesOf(changes, 'leadership', '#/team')).toEqual(
      leadership.map(
        (_, n) =>
          `The team's ratings for 1.${n + 1}: the middle rating rose from Requires improvement to be good to Good.`,
      ),
    );
    expect(changes.filter((c) => c.lines.some((l) => l.link === '#/team')).map((c) => c.domainKey)).toEqual([
      'leadership',
    ]);
  });

  it('says nothing of the team where fewer staff rated than the home’s minimum, or no review was completed', async () => {
    const t = openHarness(tempFolder());
    const draft = await ratedReview(t, '2026-Q2', 4, 2);
    const review = await ratedReview(t, '2026-Q3', 4, 3);
    // The earlier review is still a draft: nothing to compare with.
    expect(linesOf(await changesOf(t, review.id), 'leadership', '#/team')).toEqual([]);
    completed(t, draft.id);
    expect(linesOf(await changesOf(t, review.id), 'leadership', '#/team')).toHaveLength(
      review.indicators.filter((i) => i.domainKey === 'leadership').length,
    );
    await t.call('meeting.saveSettings', { reviewId: review.id, minRaters: 5, flagMargin: 1 });
    expect(linesOf(await changesOf(t, review.id), 'leadership', '#/team')).toEqual([]);
  });
});

describe('what changed since last quarter: actions, Reg 44 and young people’s answers', () => {
  it('puts each action under its domain, or its indicator’s domain', async () => {
    const t = openHarness(tempFolder(), '2026-09-20T10:00:00Z');
    const review = await t.call('reviews.start', { homeId: t.homeId, quarter: '2026-Q3' });
    const action = (title: string, link: { kind: 'indicator' | 'domain'; key: string }, dueOn: string) =>
      t.call('actions.create', { homeId: t.homeId, title, link, owner: 'Deputy', dueOn, source: 'review' });
    await action('Visit the school', { kind: 'domain', key: 'education' }, '2026-09-01');
    const supervision = await action(
      'Book supervision',
      { kind: 'indicator', key: 'work.supervision' },
      '2026-09-30',
    );
    await t.call('actions.setStatus', {
      id: supervision.id,
      status: 'done',
      completedOn: '2026-09-10',
      evidence: 'Diary',
      byName: 'Sam',
    });
    const changes = await changesOf(t, review.id);
    expect(linesOf(changes, 'education', '#/actions')).toEqual([
      'Action plan: 1 action is overdue: "Visit the school" (due 1 September 2026).',
    ]);
    expect(linesOf(changes, 'workforce', '#/actions')).toEqual([
      'Action plan: 1 action done this quarter: "Book supervision".',
    ]);
    expect(changes.flatMap((c) => c.lines).filter((l) => l.link === '#/actions')).toHaveLength(2);
  });

  it('puts Reg 44 under the domain of the review’s Reg 44 indicator', async () => {
    const t = openHarness(tempFolder(), '2026-09-20T10:00:00Z');
    const review = await t.call('reviews.start', { homeId: t.homeId, quarter: '2026-Q3' });
    const { savedId: visitId } = await t.call('reg44.saveVisit', {
      homeId: t.homeId,
      visitedOn: '2026-08-04',
      visitor: 'A Visitor',
      reportReceivedOn: null,
    });
    await t.call('reg44.saveRecommendation', {
      visitId,
      text: 'Answer the complaint.',
      respondBy: '2026-10-01',
      response: '',
      respondedOn: null,
    });
    const changes = await changesOf(t, review.id);
    expect(
      changes.flatMap((c) => c.lines.filter((l) => l.link === '#/inspections').map(() => c.domainKey)),
    ).toEqual([review.indicators.find((i) => i.key === 'safe.reg44')!.domainKey]);
    expect(linesOf(changes, 'safety', '#/inspections')).toEqual([
      'Reg 44: 1 new recommendation since the start of Jul to Sep 2026, 0 answered.',
    ]);
  });

  it('compares the young people’s answers of the review’s quarter with the quarter before', async () => {
    const t = openHarness(tempFolder(), '2026-05-10T10:00:00Z');
    const sittings = async (choice: number) => {
      for (let i = 0; i < 3; i++) {
        const started = await t.call('voice.startSession', { homeId: t.homeId, set: 'young' });
        for (const q of started.questions.filter((q: SurveyQuestion) => q.scale !== 'open'))
          await t.call('voice.saveAnswer', {
            sessionId: started.sessionId,
            questionVersionId: q.versionId,
            choice,
            comment: '',
          });
      }
    };
    await sittings(3); // "Never", April to June
    t.setClock('2026-08-10T10:00:00Z');
    await sittings(0); // "Always", July to September
    t.setClock('2026-11-20T10:00:00Z');
    await sittings(1); // October to December: after the review's quarter
    const review = await t.call('reviews.start', { homeId: t.homeId, quarter: '2026-Q3' });
    expect(linesOf(await changesOf(t, review.id), 'voice', '#/voice')).toEqual([
      "Young people's survey: 4.0 on the grade line (1 to 4), up from 1.0 in Apr to Jun 2026.",
    ]);
  });
});

describe('what changed since last quarter: figures over 12 months', () => {
  it('compares staff turnover over the year to the review’s quarter with the year to the quarter before', async () => {
    const t = openHarness(tempFolder());
    const left: Record<string, number> = {
      '2025-Q2': 1,
      '2025-Q3': 1,
      '2025-Q4': 1,
      '2026-Q1': 1,
      '2026-Q2': 1,
      '2026-Q3': 2,
    };
    for (const [quarter, staffLeft] of Object.entries(left))
      await t.call('metrics.save', {
        homeId: t.homeId,
        quarter,
        values: { staffAtStart: 10, staffAtEnd: 10, staffLeft },
        saveAnyway: true,
      });
    const review = await t.call('reviews.start', { homeId: t.homeId, quarter: '2026-Q3' });
    expect(linesOf(await changesOf(t, review.id), 'staffing', '#/figures')).toEqual([
      'Permanent care staff who left rose from 1 to 2.',
      'Staff turnover, rolling 12 months rose from 40% to 50%.',
    ]);
  });

  it('gives nothing for a review that no longer exists', () => {
    const t = openHarness(tempFolder());
    expect(createQuarterChanges(t.store.db, frameworkByVersion, () => new Date())(999)).toEqual([]);
  });
});
