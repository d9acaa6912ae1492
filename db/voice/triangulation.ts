import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Grade } from '../../contract/framework';
import { spreadShown } from '../../contract/rules/team-rules';
import type { QuarterResults, Triangulation, VoiceSettings } from '../../contract/voice';
import { disagreement } from '../../contract/rules/voice-rules';
import { currentFramework } from '../framework';
import { createMeetingStore } from '../team/meeting-store';
import { ROUND_CLOSED } from '../team/rounds-repository';

interface TeamRow {
  domain_key: string;
  raters: number;
  mean: number | null;
}

/**
 * Per hallmark, the manager's judgement in the quarter's review, the staff team's private ratings of that
 * review's indicators, and the young people's answers in the same quarter, flagged where any two differ by
 * more than the home's margin. The team's ratings show only when at least the meetings' minimum number of
 * staff rated (never fewer than 3); "don't know" counts as rating but is left out of the average.
 */
export function createTriangulation(db: Database) {
  const meetings = createMeetingStore(db);
  const judgements = db.prepare<[number, string], { domain_key: string; judgement: Grade | null }>(
    `SELECT d.domain_key, d.judgement FROM review_domains d JOIN reviews r ON r.id = d.review_id
     WHERE r.home_id = ? AND r.quarter = ?`,
  );
  // Only counts and an average leave the database: no one rater's sheet, and nothing while staff are
  // still rating (an average that moved after each sheet would give each rater away).
  const teamRatings = db.prepare<[number, string], TeamRow>(
    `SELECT i.domain_key, count(DISTINCT s.id) AS raters,
       avg(CASE WHEN t.rating > 0 THEN t.rating END) AS mean
     FROM team_ratings t
     JOIN team_sheets s ON s.id = t.sheet_id
     JOIN team_rounds tr ON tr.id = s.round_id
     JOIN reviews r ON r.id = tr.review_id
     JOIN review_indicators i ON i.review_id = r.id AND i.indicator_key = t.indicator_key
     WHERE r.home_id = ? AND r.quarter = ? AND ${ROUND_CLOSED('tr')}
     GROUP BY i.domain_key`,
  );
  // The domains of the quarter's round while staff are still rating it (an empty list is every domain).
  const openRound = db.prepare<[number, string], { domain_keys: string }>(
    `SELECT tr.domain_keys FROM team_rounds tr JOIN reviews r ON r.id = tr.review_id
     WHERE r.home_id = ? AND r.quarter = ? AND NOT ${ROUND_CLOSED('tr')}`,
  );
  const reviewQuarters = db.prepare<[number], { quarter: string }>(
    'SELECT DISTINCT quarter FROM reviews WHERE home_id = ? ORDER BY quarter DESC',
  );
  const stillRating = (homeId: number, quarter: string | undefined) => {
    const round = quarter === undefined ? undefined : openRound.get(homeId, quarter);
    if (!round) return () => false;
    const keys = JSON.parse(round.domain_keys) as string[];
    return (domainKey: string) => keys.length === 0 || keys.includes(domainKey);
  };
  const compare = (
    homeId: number,
    quarter: QuarterResults | undefined,
    settings: VoiceSettings,
  ): Triangulation => {
    const { minRaters } = meetings.settings(homeId);
    const manager = new Map(
      quarter ? judgements.all(homeId, quarter.quarter).map((j) => [j.domain_key, j.judgement]) : [],
    );
    const team = new Map(
      quarter ? teamRatings.all(homeId, quarter.quarter).map((t) => [t.domain_key, t]) : [],
    );
    const rating = stillRating(homeId, quarter?.quarter);
    const rows = currentFramework.domains.map((d) => {
      const young = quarter?.hallmarks.find((h) => h.domainKey === d.key);
      const staff = team.get(d.key);
      const teamShown = staff !== undefined && spreadShown(staff.raters, minRaters);
      const views = {
        manager: manager.get(d.key) ?? null,
        team: teamShown && staff.mean !== null ? Math.round(staff.mean * 100) / 100 : null,
        youngPeople: young?.onGradeLine ?? null,
      };
      const result = disagreement(views, settings.margin);
      return {
        domainKey: d.key,
        ...views,
        teamRaters: staff?.raters ?? 0,
        teamHidden: staff !== undefined && !teamShown,
        teamStillRating: rating(d.key),
        youngPeopleHidden: young !== undefined && !young.shown,
        ...result,
      };
    });
    return {
      quarter: quarter?.quarter ?? null,
      reviewed: quarter !== undefined && manager.size > 0,
      surveyAnswers: quarter?.sessions ?? 0,
      margin: settings.margin,
      teamMinRaters: minRaters,
      rows,
    };
  };
  return {
    compare,
    /** The newest quarter the home has a review for: the one a comparison starts from. */
    latestReviewQuarter: (homeId: number): string | undefined => reviewQuarters.get(homeId)?.quarter,
  };
}
