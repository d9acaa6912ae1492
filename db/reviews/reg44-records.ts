import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Reg44Record } from '../../contract/rules/records-say';

/** Every Reg 44 recommendation of a home from visits up to a date, oldest visit first. */
export function prepareReg44Records(db: Database) {
  return db.prepare<[number, string], Reg44Record>(
    `SELECT r.text, v.visited_on AS visitedOn, r.respond_by AS respondBy, r.responded_on AS respondedOn
       FROM reg44_recommendations r JOIN reg44_visits v ON v.id = r.visit_id
      WHERE v.home_id = ? AND v.visited_on <= ? ORDER BY v.visited_on, r.id`,
  );
}
