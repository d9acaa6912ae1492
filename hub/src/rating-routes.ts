import { z } from 'zod';
import { openRatingRoundRequest, submitRatingsRequest } from '../../contract/hub/rating';
import type { EnrolledHome } from './enrolment';
import { parseInput, readJson, sendJson } from './http-io';
import type { RequestContext } from './routes';
import type { RatingRounds } from './rating-rounds';

const SHEET_BYTES = 512 * 1024;
const SMALL_BODY = 16 * 1024;
const roundPath = /^\/api\/rating-rounds\/([0-9a-f-]{36})(\/close)?$/;
const codeInput = z.strictObject({ code: z.string().min(1).max(40) });

const parse = <T>(schema: z.ZodType<T>, value: unknown) =>
  parseInput(schema, value, 'What was sent is not in the form the hub accepts. Nothing was stored.');

/**
 * Phones, with no account: read the sheet behind a one-use code, send the ratings once. The code travels
 * in the body, never in an address, so it is not left in any log.
 */
export async function phoneRoute(ratings: RatingRounds, ctx: RequestContext): Promise<boolean> {
  const { req, res, url } = ctx;
  if (req.method !== 'POST') return false;
  if (url.pathname === '/api/rate/sheet') {
    const { code } = parse(codeInput, await readJson(req, SMALL_BODY));
    sendJson(res, 200, { ok: true, value: await ratings.sheetOfCode(code) });
    return true;
  }
  if (url.pathname === '/api/rate/submit') {
    const body = await readJson(req, SMALL_BODY);
    const { code } = parse(codeInput.extend({ ratings: z.unknown() }), body);
    const input = parse(submitRatingsRequest, { ratings: (body as { ratings: unknown }).ratings });
    await ratings.submit(code, input.ratings);
    sendJson(res, 200, { ok: true, value: { finished: true } });
    return true;
  }
  return false;
}

/** The home, by its credential: open a round, see who has finished, end it, and clear it away. */
export async function homeRatingRoute(
  ratings: RatingRounds,
  home: EnrolledHome,
  ctx: RequestContext,
): Promise<boolean> {
  const { req, res, url } = ctx;
  const ok = (value: unknown, status = 200) => sendJson(res, status, { ok: true, value });
  if (req.method === 'POST' && url.pathname === '/api/rating-rounds') {
    ok(await ratings.open(home, parse(openRatingRoundRequest, await readJson(req, SHEET_BYTES))), 201);
    return true;
  }
  const match = roundPath.exec(url.pathname);
  if (!match) return false;
  const roundId = match[1]!;
  if (req.method === 'GET' && !match[2]) ok(await ratings.status(home, roundId));
  else if (req.method === 'POST' && match[2]) {
    await ratings.close(home, roundId);
    ok(await ratings.status(home, roundId));
  } else if (req.method === 'DELETE' && !match[2]) {
    await ratings.remove(home, roundId);
    ok(null);
  } else return false;
  return true;
}
