import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AgreedRow, DomainRow, EventRow, IndicatorRow, ReviewListRow, ReviewRow } from './review-rows';
import { createJudgementsRepository } from './sccif-judgements';

/** Every SQL statement the reviews feature runs, prepared once. */
export function createReviewsRepository(db: Database) {
  const judgements = createJudgementsRepository(db);
  return {
    judgements: judgements.forReview,
    insertJudgement: judgements.insert,
    byId: db.prepare<[number], ReviewRow>('SELECT * FROM reviews WHERE id = ?'),
    byQuarter: db.prepare<[number, string], ReviewRow>(
      'SELECT * FROM reviews WHERE home_id = ? AND quarter = ?',
    ),
    listForHome: db.prepare<[number], ReviewListRow>(
      `SELECT r.*, count(i.indicator_key) AS total, count(i.rating) AS rated
         FROM reviews r LEFT JOIN review_indicators i ON i.review_id = r.id
        WHERE r.home_id = ? GROUP BY r.id ORDER BY r.quarter DESC`,
    ),
    previousCompleted: db.prepare<[number, string], ReviewRow>(
      `SELECT * FROM reviews WHERE home_id = ? AND quarter < ? AND status = 'completed'
        ORDER BY quarter DESC LIMIT 1`,
    ),
    // Times come from the app's clock (as the events do), never SQLite's: the test clock, one source of time.
    insert: db.prepare<[number, string, number, string, string]>(
      'INSERT INTO reviews (home_id, quarter, framework_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ),
    insertIndicator: db.prepare(
      `INSERT INTO review_indicators (review_id, indicator_key, domain_key, position, custom_statement)
       VALUES (@reviewId, @key, @domainKey, @position, @customStatement)`,
    ),
    insertDomain: db.prepare<[number, string]>(
      'INSERT INTO review_domains (review_id, domain_key) VALUES (?, ?)',
    ),
    indicators: db.prepare<[number], IndicatorRow>(
      'SELECT * FROM review_indicators WHERE review_id = ? ORDER BY position',
    ),
    domains: db.prepare<[number], DomainRow>('SELECT * FROM review_domains WHERE review_id = ?'),
    events: db.prepare<[number], EventRow>(
      'SELECT kind, at, by_name, reason FROM review_events WHERE review_id = ? ORDER BY id',
    ),
    agreed: db.prepare<[number], AgreedRow>(
      `SELECT a.indicator_key, a.rating, a.earlier_rating, a.reasoning, a.agreed_at, m.held_on
         FROM agreed_ratings a LEFT JOIN team_meetings m ON m.review_id = a.review_id
        WHERE a.review_id = ? ORDER BY a.id`,
    ),
    // Stamped with the app's clock, like the ratings agreed in team meetings that share the history.
    addEvent: db.prepare<[number, string, string | null, string | null, string]>(
      'INSERT INTO review_events (review_id, kind, by_name, reason, at) VALUES (?, ?, ?, ?, ?)',
    ),
    complete: db.prepare<{
      reviewId: number;
      signedByName: string;
      signedByRole: string;
      signedOn: string;
      at: string;
    }>(
      `UPDATE reviews SET status = 'completed', signed_by_name = @signedByName, signed_by_role = @signedByRole,
         signed_on = @signedOn, completed_at = @at, updated_at = @at WHERE id = @reviewId`,
    ),
    reopen: db.prepare<[string, number]>(
      `UPDATE reviews SET status = 'draft', signed_by_name = NULL, signed_by_role = NULL, signed_on = NULL,
         completed_at = NULL, updated_at = ? WHERE id = ?`,
    ),
    draftsForHome: db.prepare<[number], { id: number }>(
      "SELECT id FROM reviews WHERE home_id = ? AND status = 'draft'",
    ),
    maxCustomPosition: db.prepare<[number, string], { position: number | null }>(
      'SELECT max(position) AS position FROM review_indicators WHERE review_id = ? AND domain_key = ?',
    ),
  };
}

export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
