import type { Database } from 'better-sqlite3';

/**
 * The sample reviews are written in one go today; give their history the dates a real home would have
 * seen: started about twelve days before sign-off, completed on the sign-off date.
 */
export function backdateDemoHistory(db: Database, homeId: number): void {
  db.prepare(
    `UPDATE review_events SET at = (
       SELECT CASE review_events.kind
         WHEN 'completed' THEN r.signed_on || 'T16:30:00.000Z'
         ELSE date(r.signed_on, '-12 days') || 'T09:15:00.000Z' END
       FROM reviews r WHERE r.id = review_events.review_id)
     WHERE review_id IN (SELECT id FROM reviews WHERE home_id = ? AND status = 'completed')`,
  ).run(homeId);
  db.prepare(
    `UPDATE reviews SET created_at = date(signed_on, '-12 days') || 'T09:15:00.000Z',
       completed_at = signed_on || 'T16:30:00.000Z', updated_at = signed_on || 'T16:30:00.000Z'
     WHERE home_id = ? AND status = 'completed'`,
  ).run(homeId);
}
