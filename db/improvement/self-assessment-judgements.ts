import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Grade } from '../../contract/framework';
import type { SccifGrades } from '../../contract/records';
import { sccifJudgementsForReview } from '../reviews/sccif-judgements';

/**
 * The home’s own SCCIF judgements from its latest review signed off on or before `onOrBefore`. A version 2
 * review has all three; a version 1 review recorded only its overall judgement, which stands for
 * experiences and progress, and the other two stay unrecorded (never invented).
 */
export function createSelfAssessmentJudgements(db: Database) {
  const latest = db.prepare<
    [number, string],
    { id: number; quarter: string; overall: Grade | null; framework_version: number }
  >(
    `SELECT id, quarter, overall, framework_version FROM reviews
     WHERE home_id = ? AND status = 'completed' AND coalesce(signed_on, substr(completed_at, 1, 10)) <= ?
     ORDER BY quarter DESC LIMIT 1`,
  );
  return (homeId: number, onOrBefore: string): { reviewQuarter: string; grades: SccifGrades } | null => {
    const review = latest.get(homeId, onOrBefore);
    if (!review) return null;
    // Null for a version 1 review (sccifJudgementsForReview says so), which recorded only its overall.
    const three = sccifJudgementsForReview(db, review.id);
    return {
      reviewQuarter: review.quarter,
      grades: three ?? {
        experiencesAndProgress: review.overall,
        helpedAndProtected: null,
        leadersAndManagers: null,
      },
    };
  };
}
