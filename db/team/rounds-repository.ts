import type { Database } from 'better-sqlite3';
import { ServiceError } from '../../contract/result';
import type { SubmitSheetInput } from '../../contract/team-rating';

interface RoundRow {
  id: number;
  review_id: number;
  domain_keys: string;
  sheets: number;
  from_paper: number;
  named: string;
}

export interface RoundRecord {
  id: number;
  reviewId: number;
  domainKeys: string[];
  sheets: number;
  fromPaper: number;
  /** Who rated and gave their name, alphabetically: never which sheet was theirs. */
  named: string[];
}

const toRound = (r: RoundRow): RoundRecord => ({
  id: r.id,
  reviewId: r.review_id,
  domainKeys: JSON.parse(r.domain_keys) as string[],
  sheets: r.sheets,
  fromPaper: r.from_paper,
  named: JSON.parse(r.named) as string[],
});

const SELECT = `SELECT r.id, r.review_id, r.domain_keys,
    (SELECT count(*) FROM team_sheets s WHERE s.round_id = r.id) AS sheets,
    (SELECT count(*) FROM team_sheets s WHERE s.round_id = r.id AND s.from_paper = 1) AS from_paper,
    (SELECT json_group_array(name) FROM (
      SELECT m.name FROM team_round_raters tr JOIN staff m ON m.id = tr.staff_id
       WHERE tr.round_id = r.id ORDER BY m.name COLLATE NOCASE, m.id)) AS named
  FROM team_rounds r`;

/** Rating rounds, their finished sheets and the ratings in them (read back only as tallies). */
export function createRoundsRepository(db: Database) {
  const byId = db.prepare<[number], RoundRow>(`${SELECT} WHERE r.id = ?`);
  const byReview = db.prepare<[number], RoundRow>(`${SELECT} WHERE r.review_id = ?`);
  const upsert = db.prepare(
    `INSERT INTO team_rounds (review_id, domain_keys) VALUES (?, ?)
     ON CONFLICT (review_id) DO UPDATE SET domain_keys = excluded.domain_keys`,
  );
  // Who took part is kept apart from the sheets, with nothing that links a name to a sheet.
  const addRater = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO team_round_raters (round_id, staff_id) VALUES (?, ?)',
  );
  const insertSheet = db.prepare(
    'INSERT INTO team_sheets (round_id, from_paper, finished_at) VALUES (?, ?, ?)',
  );
  const insertRating = db.prepare(
    'INSERT INTO team_ratings (sheet_id, indicator_key, rating) VALUES (?, ?, ?)',
  );
  const ratings = db.prepare<[number], { indicator_key: string; rating: number }>(
    `SELECT t.indicator_key, t.rating FROM team_ratings t JOIN team_sheets s ON s.id = t.sheet_id
     WHERE s.round_id = ?`,
  );

  const bySheet = db.prepare<[number], { sheet_id: number; indicator_key: string; rating: number }>(
    `SELECT t.sheet_id, t.indicator_key, t.rating FROM team_ratings t JOIN team_sheets s ON s.id = t.sheet_id
     WHERE s.round_id = ?`,
  );

  return {
    get(roundId: number): RoundRecord {
      const row = byId.get(roundId);
      if (!row) throw new ServiceError('not_found', 'That rating round no longer exists.');
      return toRound(row);
    },
    forReview: (reviewId: number): RoundRecord | null => {
      const row = byReview.get(reviewId);
      return row ? toRound(row) : null;
    },
    open(reviewId: number, domainKeys: string[]): RoundRecord {
      upsert.run(reviewId, JSON.stringify(domainKeys));
      return toRound(byReview.get(reviewId)!);
    },
    addSheet: db.transaction((input: SubmitSheetInput, finishedAt: string) => {
      if (input.staffId !== null && addRater.run(input.roundId, input.staffId).changes === 0) {
        throw new ServiceError('conflict', 'This person has already rated for this meeting.', {
          staffId: 'This person has already rated. Choose someone else, or “Rather not say”.',
        });
      }
      const sheetId = Number(
        insertSheet.run(input.roundId, input.fromPaper ? 1 : 0, finishedAt).lastInsertRowid,
      );
      for (const r of input.ratings) insertRating.run(sheetId, r.indicatorKey, r.rating);
    }),
    /** Each sheet's ratings by indicator, keyed by an opaque sheet number (never who gave them). */
    sheets(roundId: number): Map<number, Map<string, number>> {
      const found = new Map<number, Map<string, number>>();
      for (const r of bySheet.all(roundId)) {
        const sheet = found.get(r.sheet_id) ?? new Map<string, number>();
        found.set(r.sheet_id, sheet.set(r.indicator_key, r.rating));
      }
      return found;
    },
    /** Every rating in the round, by indicator, with no link to who gave it. */
    tallies(roundId: number): Map<string, number[]> {
      const found = new Map<string, number[]>();
      for (const r of ratings.all(roundId)) {
        found.set(r.indicator_key, [...(found.get(r.indicator_key) ?? []), r.rating]);
      }
      return found;
    },
  };
}
