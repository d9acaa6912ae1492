import type { Database } from 'better-sqlite3';
import type { Grade, SccifArea } from '../../contract/framework';
import { ServiceError } from '../../contract/result';

export interface SccifJudgements {
  experiencesAndProgress: Grade | null;
  helpedAndProtected: Grade | null;
  leadersAndManagers: Grade | null;
}

export interface JudgementRow {
  review_id: number;
  area: SccifArea;
  judgement: Grade | null;
  suggested: Grade | null;
  reason: string;
}

/** Statements for the review_judgements table. */
export function createJudgementsRepository(db: Database) {
  return {
    forReview: db.prepare<[number], JudgementRow>(
      `SELECT * FROM review_judgements WHERE review_id = ?
        ORDER BY CASE area WHEN 'experiences' THEN 1 WHEN 'protection' THEN 2 ELSE 3 END`,
    ),
    insert: db.prepare<[number, SccifArea]>('INSERT INTO review_judgements (review_id, area) VALUES (?, ?)'),
    save: db.prepare<[Grade | null, Grade | null, string, number, SccifArea]>(
      'UPDATE review_judgements SET judgement = ?, suggested = ?, reason = ? WHERE review_id = ? AND area = ?',
    ),
    /** The review's overall is its overall experiences and progress judgement, for the dashboard and trends. */
    saveOverall: db.prepare<[Grade | null, number]>('UPDATE reviews SET overall = ? WHERE id = ?'),
  };
}

/**
 * The three SCCIF judgements the manager recorded in a review, each a grade or null while undecided; null
 * for a review made against framework version 1, which never recorded them. Throws not_found for an
 * unknown review.
 */
export function sccifJudgementsForReview(db: Database, reviewId: number): SccifJudgements | null {
  const review = db
    .prepare<[number], { framework_version: number }>('SELECT framework_version FROM reviews WHERE id = ?')
    .get(reviewId);
  if (!review) throw new ServiceError('not_found', 'That review could not be found.');
  if (review.framework_version < 2) return null;
  const rows = createJudgementsRepository(db).forReview.all(reviewId);
  const of = (area: SccifArea) => rows.find((r) => r.area === area)?.judgement ?? null;
  return {
    experiencesAndProgress: of('experiences'),
    helpedAndProtected: of('protection'),
    leadersAndManagers: of('leadership'),
  };
}
