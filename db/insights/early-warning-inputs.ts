import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Rating } from '../../contract/framework';
import type {
  EarlyWarningInput,
  Reg44RecommendationRecord,
  TeamRoundRecord,
} from '../../contract/rules/early-warning';
import { DEFAULT_FLAG_MARGIN, managerFlag, spreadOf, spreadShown } from '../../contract/rules/team-rules';
import { frameworkByVersion } from '../framework';
import { createRecordsService } from '../improvement/records-service';
import { createMeetingStore } from '../team/meeting-store';
import { createRoundsRepository } from '../team/rounds-repository';
import { createVoiceResults } from '../voice/results';
import { createSurveysRepository } from '../voice/surveys-repository';
import { createMetricsRepository } from './metrics';

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

/**
 * Reads what the early-warning signs need from one home's records (contract/rules/early-warning.ts does
 * the judging). Team ratings are read only as per-indicator tallies, never sheet by sheet.
 */
export function createEarlyWarningInputs(db: Database, now: () => Date) {
  const metrics = createMetricsRepository(db);
  const records = createRecordsService(db);
  const rounds = createRoundsRepository(db);
  const meetings = createMeetingStore(db);
  const surveys = createSurveysRepository(db, now);
  const voice = createVoiceResults(db);
  const reg44 = db.prepare<
    [number],
    { visited_on: string; text: string; link_kind: string | null; link_key: string | null; version: number }
  >(
    `SELECT v.visited_on, r.text, a.link_kind, a.link_key,
            (SELECT max(framework_version) FROM reviews WHERE home_id = v.home_id) AS version
       FROM reg44_recommendations r JOIN reg44_visits v ON v.id = r.visit_id
       LEFT JOIN actions a ON a.id = (SELECT min(id) FROM actions
                                       WHERE reg44_recommendation_id = r.id AND link_key IS NOT NULL)
      WHERE v.home_id = ? ORDER BY v.visited_on, r.id`,
  );
  const completedReviews = db.prepare<[number], { id: number; quarter: string }>(
    "SELECT id, quarter FROM reviews WHERE home_id = ? AND status = 'completed' ORDER BY quarter",
  );
  const managerRatings = db.prepare<[number], { indicator_key: string; rating: number | null }>(
    `SELECT i.indicator_key, coalesce(
       (SELECT earlier_rating FROM agreed_ratings g WHERE g.review_id = i.review_id
          AND g.indicator_key = i.indicator_key ORDER BY g.id LIMIT 1), i.rating) AS rating
     FROM review_indicators i WHERE i.review_id = ?`,
  );

  /** The linked indicator or domain, named as the framework of the home's latest review names it. */
  function topic(row: { link_kind: string | null; link_key: string | null; version: number | null }) {
    if (!row.link_kind || !row.link_key) return null;
    const framework = frameworkByVersion(row.version ?? 2);
    const domain = framework.domains.find((d) =>
      row.link_kind === 'domain' ? d.key === row.link_key : d.indicators.some((i) => i.key === row.link_key),
    );
    const indicator = domain?.indicators.find((i) => i.key === row.link_key);
    const label = indicator
      ? `${domain!.title}: “${short(indicator.statement)}”`
      : (domain?.title ?? row.link_key);
    return { key: `${row.link_kind}:${row.link_key}`, label };
  }

  function teamRounds(homeId: number): TeamRoundRecord[] {
    const { minRaters } = meetings.settings(homeId);
    return completedReviews.all(homeId).flatMap((review) => {
      const round = rounds.forReview(review.id);
      if (!round) return [];
      const tallies = rounds.tallies(round.id);
      let compared = 0;
      let belowManager = 0;
      for (const { indicator_key, rating } of managerRatings.all(review.id)) {
        const team = tallies.get(indicator_key);
        if (!team || !spreadShown(team.length, minRaters) || rating === null || rating === 0) continue;
        const median = spreadOf(team as Rating[]).median;
        if (median === null) continue;
        compared += 1;
        if (managerFlag(rating as Rating, median, DEFAULT_FLAG_MARGIN) === 'blind-spot') belowManager += 1;
      }
      return [{ quarter: review.quarter, reviewId: review.id, compared, belowManager }];
    });
  }

  return (homeId: number, asOf: string): EarlyWarningInput => {
    const appraisals = records.dutiesOverview(homeId, asOf).appraisals;
    return {
      asOf,
      figures: metrics.list(homeId).map(({ quarter, values, managerStatus }) => ({
        quarter,
        values,
        managerStatus,
      })),
      reg44: reg44
        .all(homeId)
        .map((r): Reg44RecommendationRecord => ({ visitedOn: r.visited_on, text: r.text, topic: topic(r) })),
      teamRounds: teamRounds(homeId),
      surveys: voice.byQuarter(homeId, surveys.settings(homeId)).map((q) => ({
        quarter: q.quarter,
        shown: q.shown,
        questions: q.questions.map((question) => ({
          questionId: question.questionId,
          wording: question.wordings.at(-1) ?? '',
          scale: question.scale,
          shown: question.shown,
          counts: question.counts,
        })),
      })),
      appraisals:
        appraisals.length === 0
          ? null
          : { inPost: appraisals.length, late: appraisals.filter((a) => a.state === 'late').length },
    };
  };
}
