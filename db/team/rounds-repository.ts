import { randomInt } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ServiceError } from '../../contract/result';
import type { SubmitSheetInput } from '../../contract/team-rating';

interface RoundRow {
  id: number;
  review_id: number;
  domain_keys: string;
  sheets: number;
  from_paper: number;
  named: string;
  closed: number;
  on_phones: number;
}

export interface RoundRecord {
  id: number;
  reviewId: number;
  domainKeys: string[];
  sheets: number;
  fromPaper: number;
  /** Who rated and gave their name, alphabetically: never which sheet was theirs. */
  named: string[];
  /**
   * Rating has ended: the manager ended it, the meeting was recorded as held, or the review was completed.
   * Only then may the ratings be read back, even as a spread: while staff are still rating, a spread that
   * changed after each sheet would give each rater's ratings away. Once ended, no sheet can be added.
   */
  closed: boolean;
  /** A round on staff phones is open through this home's hub (see TeamRound.onPhones). */
  onPhones: boolean;
}

/**
 * Whether round `r` has ended, in SQL. Every fact in it stays true once true. The manager's ending is kept
 * in the round's own row (`ended_at`), so a home file carries it.
 */
export const ROUND_CLOSED = (r: string) => `(
  ${r}.ended_at IS NOT NULL
  OR EXISTS (SELECT 1 FROM team_meetings m WHERE m.review_id = ${r}.review_id AND m.held_on IS NOT NULL)
  OR EXISTS (SELECT 1 FROM review_events e WHERE e.review_id = ${r}.review_id AND e.kind = 'completed'))`;

const toRound = (r: RoundRow): RoundRecord => ({
  id: r.id,
  reviewId: r.review_id,
  domainKeys: JSON.parse(r.domain_keys) as string[],
  sheets: r.sheets,
  fromPaper: r.from_paper,
  named: JSON.parse(r.named) as string[],
  closed: r.closed === 1,
  onPhones: r.on_phones === 1,
});

const SELECT = `SELECT r.id, r.review_id, r.domain_keys,
    (SELECT count(*) FROM team_sheets s WHERE s.round_id = r.id) AS sheets,
    (SELECT count(*) FROM team_sheets s WHERE s.round_id = r.id AND s.from_paper = 1) AS from_paper,
    (SELECT json_group_array(name) FROM (
      SELECT m.name FROM team_round_raters tr JOIN staff m ON m.id = tr.staff_id
       WHERE tr.round_id = r.id ORDER BY m.name COLLATE NOCASE, m.id)) AS named,
    ${ROUND_CLOSED('r')} AS closed,
    -- Only while the home is still connected: a home that disconnected can no longer reach the phones'
    -- round, so it rates here again (the hub's round is left to the hub).
    EXISTS (SELECT 1 FROM hub_phone_rounds p JOIN reviews rv ON rv.id = r.review_id
             JOIN hub_connections c ON c.home_id = rv.home_id WHERE p.round_id = r.id) AS on_phones
  FROM team_rounds r`;

export const ratingEnded = () =>
  new ServiceError(
    'conflict',
    'Rating has ended for this meeting and the spread is shown, so no more ratings can be added.',
  );

export const ratingOnPhones = () =>
  new ServiceError(
    'conflict',
    'Staff are rating on their own phones for this meeting, so no sheet is taken on this computer or from paper until the manager ends that rating. Someone without a phone can open their link on any device with a web browser.',
  );

/** A sheet's number: random, from the largest range randomInt draws from (a clash is drawn again). */
const randomSheetId = () => randomInt(1, 2 ** 48 - 1);

/** Rating rounds, their finished sheets and the ratings in them (read back only as tallies). */
export function createRoundsRepository(db: Database) {
  const byId = db.prepare<[number], RoundRow>(`${SELECT} WHERE r.id = ?`);
  const byReview = db.prepare<[number], RoundRow>(`${SELECT} WHERE r.review_id = ?`);
  const upsert = db.prepare(
    `INSERT INTO team_rounds (review_id, domain_keys, created_at) VALUES (?, ?, ?)
     ON CONFLICT (review_id) DO UPDATE SET domain_keys = excluded.domain_keys`,
  );
  // Who took part is kept apart from the sheets, with nothing that links a name to a sheet.
  const addRater = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO team_round_raters (round_id, staff_id) VALUES (?, ?)',
  );
  // A random number, never the next one and never a time: nothing in the data file, a backup or an
  // export tells the order people rated in (the names of who took part are listed in the same round).
  const insertSheet = db.prepare<[number, number, number]>(
    'INSERT OR IGNORE INTO team_sheets (id, round_id, from_paper) VALUES (?, ?, ?)',
  );
  const insertRating = db.prepare(
    'INSERT INTO team_ratings (sheet_id, indicator_key, rating) VALUES (?, ?, ?)',
  );
  const ratings = db.prepare<[number], { indicator_key: string; rating: number }>(
    `SELECT t.indicator_key, t.rating FROM team_ratings t JOIN team_sheets s ON s.id = t.sheet_id
     WHERE s.round_id = ?`,
  );

  // The first ending is the one kept.
  const close = db.prepare<[string, number]>(
    'UPDATE team_rounds SET ended_at = coalesce(ended_at, ?) WHERE id = ?',
  );

  const bySheet = db.prepare<[number], { sheet_id: number; indicator_key: string; rating: number }>(
    `SELECT t.sheet_id, t.indicator_key, t.rating FROM team_ratings t JOIN team_sheets s ON s.id = t.sheet_id
     WHERE s.round_id = ?`,
  );

  const home = db.prepare<[number], { home_id: number }>(
    'SELECT rv.home_id FROM team_rounds r JOIN reviews rv ON rv.id = r.review_id WHERE r.id = ?',
  );
  const revealed = (roundId: number) => byId.get(roundId)?.closed === 1;

  function get(roundId: number): RoundRecord {
    const row = byId.get(roundId);
    if (!row) throw new ServiceError('not_found', 'That rating round no longer exists.');
    return toRound(row);
  }

  return {
    get,
    /** The home whose review the round belongs to; null if there is no such round. */
    homeOf: (roundId: number): number | null => home.get(roundId)?.home_id ?? null,
    forReview: (reviewId: number): RoundRecord | null => {
      const row = byReview.get(reviewId);
      return row ? toRound(row) : null;
    },
    open(reviewId: number, domainKeys: string[], at: string): RoundRecord {
      const existing = byReview.get(reviewId);
      if (existing?.closed === 1) throw ratingEnded();
      upsert.run(reviewId, JSON.stringify(domainKeys), at);
      return toRound(byReview.get(reviewId)!);
    },
    /** Ends rating for good: from now on the spread may show, and no sheet can be added. */
    close(roundId: number, at: string): RoundRecord {
      get(roundId);
      close.run(at, roundId);
      return get(roundId);
    },
    addSheet: db.transaction((input: SubmitSheetInput) => {
      if (get(input.roundId).closed) throw ratingEnded();
      if (input.staffId !== null && addRater.run(input.roundId, input.staffId).changes === 0) {
        throw new ServiceError('conflict', 'This person has already rated for this meeting.', {
          staffId: 'This person has already rated. Choose someone else, or “Rather not say”.',
        });
      }
      let sheetId = randomSheetId();
      while (insertSheet.run(sheetId, input.roundId, input.fromPaper ? 1 : 0).changes === 0)
        sheetId = randomSheetId();
      for (const r of input.ratings) insertRating.run(sheetId, r.indicatorKey, r.rating);
    }),
    /** Each sheet's ratings by indicator (nothing while rating is open), keyed by an opaque sheet number (never who gave them). */
    sheets(roundId: number): Map<number, Map<string, number>> {
      const found = new Map<number, Map<string, number>>();
      if (!revealed(roundId)) return found;
      for (const r of bySheet.all(roundId)) {
        const sheet = found.get(r.sheet_id) ?? new Map<string, number>();
        found.set(r.sheet_id, sheet.set(r.indicator_key, r.rating));
      }
      return found;
    },
    /** Every rating in the round, by indicator, with no link to who gave it (nothing while rating is open). */
    tallies(roundId: number): Map<string, number[]> {
      const found = new Map<string, number[]>();
      if (!revealed(roundId)) return found;
      for (const r of ratings.all(roundId)) {
        found.set(r.indicator_key, [...(found.get(r.indicator_key) ?? []), r.rating]);
      }
      return found;
    },
  };
}
