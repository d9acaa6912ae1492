import type { Database } from 'better-sqlite3-multiple-ciphers';

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

/** SQL for the date of the sample home's recorded meeting on the review `reviewId` (an SQL expression). */
const heldOn = (
  reviewId: string,
) => `(SELECT m.held_on FROM team_meetings m JOIN reviews r ON r.id = m.review_id
  WHERE r.home_id = @home AND m.review_id = ${reviewId})`;

/**
 * The sample meetings are also written today: date each round a few days before its meeting, and the
 * agreed ratings and the actions added in it on the meeting's own date.
 */
export function backdateDemoMeetings(db: Database, homeId: number): void {
  const update = (table: string, column: string, value: string, reviewId: string, where = '') =>
    db
      .prepare(
        `UPDATE ${table} SET ${column} = ${value.replace('HELD', heldOn(reviewId))}
        WHERE ${heldOn(reviewId)} IS NOT NULL ${where}`,
      )
      .run({ home: homeId });
  update('agreed_ratings', 'agreed_at', "HELD || 'T15:30:00.000Z'", 'agreed_ratings.review_id');
  update('team_rounds', 'created_at', "date(HELD, '-10 days') || 'T09:00:00.000Z'", 'team_rounds.review_id');
  update(
    'actions',
    'created_at',
    "HELD || 'T15:30:00.000Z'",
    'actions.review_id',
    "AND source = 'team_meeting'",
  );
  const actionReview = '(SELECT a.review_id FROM actions a WHERE a.id = action_events.action_id)';
  update(
    'action_events',
    'at',
    "HELD || 'T15:30:00.000Z'",
    actionReview,
    `AND status = 'open'
    AND (SELECT a.source FROM actions a WHERE a.id = action_events.action_id) = 'team_meeting'`,
  );
}

/**
 * The sample's other actions (all but those added in a recorded meeting) are also added today, after some of them were done or noted. Date each one
 * two weeks before the first thing that happened to it (done, a note, falling due, or today), but never
 * before the Reg 44 report or the inspection it answers; its later status changes follow: done on its
 * completion date, started or dropped a week after it was added.
 */
export function backdateDemoActions(db: Database, homeId: number, today: string): void {
  const firstDay = `date(MIN(COALESCE(completed_on, '9999-12-31'),
      COALESCE((SELECT MIN(n.noted_on) FROM action_notes n WHERE n.action_id = actions.id), '9999-12-31'),
      due_on, @today), '-14 days')`;
  const answered = `COALESCE(
      (SELECT v.report_received_on FROM reg44_recommendations r JOIN reg44_visits v ON v.id = r.visit_id
        WHERE r.id = actions.reg44_recommendation_id),
      (SELECT i.inspected_on FROM ofsted_items o JOIN ofsted_inspections i ON i.id = o.inspection_id
        WHERE o.id = actions.ofsted_item_id), '0000-01-01')`;
  db.prepare(
    `UPDATE actions SET created_at = MAX(${firstDay}, ${answered}) || 'T10:00:00.000Z'
      WHERE home_id = @home AND (source <> 'team_meeting' OR review_id IS NULL)`,
  ).run({ home: homeId, today });
  const added = 'SELECT a.created_at FROM actions a WHERE a.id = action_events.action_id';
  db.prepare(
    `UPDATE action_events SET at = CASE
        WHEN status = 'open' THEN (${added})
        WHEN status = 'done' THEN (SELECT a.completed_on FROM actions a WHERE a.id = action_events.action_id)
          || 'T16:00:00.000Z'
        ELSE MIN(date((${added}), '+7 days'), @today) || 'T10:00:00.000Z' END
      WHERE action_id IN (SELECT id FROM actions WHERE home_id = @home AND (source <> 'team_meeting' OR review_id IS NULL))`,
  ).run({ home: homeId, today });
}
