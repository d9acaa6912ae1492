import type { Pool, PoolClient } from 'pg';
import type {
  OpenRatingRoundRequest,
  RatingLinkAnswer,
  RatingRoundStatus,
  RatingSheet,
  RatingTallies,
} from '../../contract/hub/rating';
import type { EnrolledHome } from './enrolment';
import { HubError } from './hub-error';
import { asHome, asService } from './scope';
import { fingerprint, newEnrolmentCode, normaliseCode } from './secrets';

const NOT_FOUND = new HubError(404, 'not_found', 'There is no such rating round for this home.');
const LINK_ENDED = new HubError(
  410,
  'link_ended',
  'This link does not work any more: the rating has ended, or the code is not right. Ask your manager.',
);
const LINK_USED = new HubError(
  409,
  'link_used',
  'This link has already been used to rate. Each link works once. Ask your manager if that was not you.',
);

const codeHash = (code: string) => fingerprint(normaliseCode(code));

async function roundOf(c: PoolClient, roundId: string) {
  const r = await c.query<{ min_raters: number; closed: boolean }>(
    'SELECT min_raters, closed FROM rating_rounds WHERE id = $1 FOR UPDATE',
    [roundId],
  );
  if (!r.rows[0]) throw NOT_FOUND;
  return r.rows[0];
}

/**
 * Rating rounds: the home (by its credential) opens, reads and ends its own; a phone (by its one-use
 * code, no account) reads the sheet and sends its ratings once. Ratings are added to the tallies and
 * the person marked finished in one transaction, and nothing else of the sheet is kept.
 */
export function createRatingRounds(pool: Pool) {
  return {
    open: (home: EnrolledHome, request: OpenRatingRoundRequest) =>
      asHome(pool, home.homeId, async (c) => {
        const round = await c.query<{ id: string }>(
          `INSERT INTO rating_rounds (home_id, provider_id, sheet, min_raters) VALUES ($1, $2, $3, $4) RETURNING id`,
          [home.homeId, home.providerId, JSON.stringify(request.sheet), request.minRaters],
        );
        const roundId = round.rows[0]!.id;
        const refs = [...new Set(request.people.map((p) => p.ref))];
        const links = refs.map((ref) => ({ ref, code: newEnrolmentCode() }));
        await c.query(
          `INSERT INTO rating_links (round_id, person_ref, code_hash)
           SELECT $1, l.ref, l.hash FROM jsonb_to_recordset($2::jsonb) AS l(ref bigint, hash text)`,
          [roundId, JSON.stringify(links.map((l) => ({ ref: l.ref, hash: codeHash(l.code) })))],
        );
        return { roundId, links };
      }),

    status: (home: EnrolledHome, roundId: string): Promise<RatingRoundStatus> =>
      asHome(pool, home.homeId, async (c) => {
        const round = await roundOf(c, roundId);
        const people = await c.query<{ person_ref: string; finished: boolean }>(
          'SELECT person_ref, finished FROM rating_links WHERE round_id = $1 ORDER BY person_ref',
          [roundId],
        );
        const finished = people.rows.filter((p) => p.finished).map((p) => Number(p.person_ref));
        // Below the home's threshold, or before the round ends, the counts stay here.
        const shown = round.closed && finished.length >= round.min_raters;
        let tallies: RatingTallies | null = null;
        if (shown) {
          tallies = {};
          const rows = await c.query<{ indicator_key: string; rating: number; count: number }>(
            'SELECT indicator_key, rating, count FROM rating_tallies WHERE round_id = $1',
            [roundId],
          );
          for (const row of rows.rows) {
            const counts = (tallies[row.indicator_key] ??= { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 });
            counts[String(row.rating) as keyof typeof counts] = row.count;
          }
        }
        return { roundId, finished, invited: people.rows.length, closed: round.closed, tallies };
      }),

    /** Ends the round: every link stops working at once. */
    close: (home: EnrolledHome, roundId: string) =>
      asHome(pool, home.homeId, async (c) => {
        await roundOf(c, roundId);
        await c.query('UPDATE rating_rounds SET closed = true WHERE id = $1', [roundId]);
        await c.query('UPDATE rating_links SET code_hash = NULL WHERE round_id = $1', [roundId]);
      }),

    /** The home has the results: nothing of the round stays on the hub. */
    remove: (home: EnrolledHome, roundId: string) =>
      asHome(pool, home.homeId, async (c) => {
        await roundOf(c, roundId);
        await c.query('DELETE FROM rating_rounds WHERE id = $1', [roundId]);
      }),

    sheetOfCode: (code: string): Promise<RatingLinkAnswer> =>
      asService(pool, async (c) => {
        const r = await c.query<{ sheet: RatingSheet; finished: boolean; closed: boolean }>(
          `SELECT r.sheet, l.finished, r.closed FROM rating_links l JOIN rating_rounds r ON r.id = l.round_id
            WHERE l.code_hash = $1`,
          [codeHash(code)],
        );
        const link = r.rows[0];
        if (!link) return { state: 'unknown' };
        if (link.closed) return { state: 'ended' };
        if (link.finished) return { state: 'used' };
        return { state: 'open', sheet: link.sheet };
      }),

    submit: (code: string, ratings: { indicatorKey: string; rating: number }[]) =>
      asService(pool, async (c) => {
        const r = await c.query<{ round_id: string; person_ref: string; finished: boolean }>(
          'SELECT round_id, person_ref, finished FROM rating_links WHERE code_hash = $1 FOR UPDATE',
          [codeHash(code)],
        );
        const link = r.rows[0];
        if (!link) throw LINK_ENDED;
        if (link.finished) throw LINK_USED;
        const round = await c.query<{ sheet: RatingSheet; closed: boolean }>(
          'SELECT sheet, closed FROM rating_rounds WHERE id = $1 FOR SHARE',
          [link.round_id],
        );
        if (round.rows[0]!.closed) throw LINK_ENDED;
        const expected = round.rows[0]!.sheet.domains.flatMap((d) => d.indicators.map((i) => i.key));
        const given = new Map(ratings.map((x) => [x.indicatorKey, x.rating]));
        const missing = expected.filter((k) => !given.has(k));
        if (missing.length > 0 || given.size !== ratings.length || given.size !== expected.length) {
          throw new HubError(
            400,
            'incomplete',
            'Rate every statement, or choose “Don’t know” where you cannot say. Nothing was sent.',
          );
        }
        await c.query(
          `INSERT INTO rating_tallies (round_id, indicator_key, rating, count)
           SELECT $1, t."indicatorKey", t.rating, 1 FROM jsonb_to_recordset($2::jsonb) AS t("indicatorKey" text, rating smallint)
           ON CONFLICT (round_id, indicator_key, rating) DO UPDATE SET count = rating_tallies.count + 1`,
          [link.round_id, JSON.stringify(ratings)],
        );
        await c.query('UPDATE rating_links SET finished = true WHERE round_id = $1 AND person_ref = $2', [
          link.round_id,
          link.person_ref,
        ]);
      }),
  };
}
export type RatingRounds = ReturnType<typeof createRatingRounds>;
