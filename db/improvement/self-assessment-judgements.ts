import type { Database } from 'better-sqlite3';
import type { Grade } from '../../contract/framework';
import type { SccifGrades } from '../../contract/records';

/**
 * The home’s own SCCIF judgements from its latest review signed off on or before `onOrBefore`.
 * For now the review's overall judgement stands for experiences and progress, and the other two are null.
 */
// Switches to sccifJudgementsForReview(db, reviewId) from db/reviews/sccif-judgements.ts when framework v2 lands.
export function createSelfAssessmentJudgements(db: Database) {
  const latest = db.prepare<[number, string], { id: number; quarter: string; overall: Grade | null }>(
    `SELECT id, quarter, overall FROM reviews
     WHERE home_id = ? AND status = 'completed' AND coalesce(signed_on, substr(completed_at, 1, 10)) <= ?
     ORDER BY quarter DESC LIMIT 1`,
  );
  return (homeId: number, onOrBefore: string): { reviewQuarter: string; grades: SccifGrades } | null => {
    const review = latest.get(homeId, onOrBefore);
    if (!review) return null;
    return {
      reviewQuarter: review.quarter,
      grades: { experiencesAndProgress: review.overall, helpedAndProtected: null, leadersAndManagers: null },
    };
  };
}
