import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { z } from 'zod';
import { MAX_PUBLISH_BYTES } from '../../contract/hub/publication';
import { todayIso } from '../../contract/rules/dates';
import type { Accounts, SignedInUser } from './accounts';
import { homesOverTimeCsv } from './csv';
import type { Enrolment } from './enrolment';
import { HubError } from './hub-error';
import { bearer, cookie, parseInput as parse, readJson, SECURITY_HEADERS, sendJson } from './http-io';
import { ingest, readPublishRequest } from './ingest';
import type { ProviderReads } from './provider-reads';
import { homeRatingRoute, phoneRoute } from './rating-routes';
import type { RatingRounds } from './rating-rounds';
import { HUB_ROLES } from './scope';

export const SESSION_COOKIE = 'hub_session';
const SMALL_BODY = 16 * 1024;

export interface HubServices {
  pool: Pool;
  accounts: Accounts;
  enrolment: Enrolment;
  reads: ProviderReads;
  ratings: RatingRounds;
  now: () => Date;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  secure: boolean;
}

const signInInput = z.strictObject({ email: z.string().max(254), password: z.string().max(200) });
const newUserInput = z.strictObject({
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().max(200),
  role: z.enum(HUB_ROLES as [string, ...string[]]).transform((r) => r as (typeof HUB_ROLES)[number]),
  localAuthority: z.string().trim().min(1).max(200).nullable(),
});
const enrolInput = z.strictObject({ code: z.string().max(40) });
const newCodeInput = z.strictObject({ homeName: z.string().max(200) });
const homeIdInput = z.uuid();

const changePasswordInput = z.strictObject({
  currentPassword: z.string().max(200),
  newPassword: z.string().max(200),
  // Typed twice, so a slip of the finger does not lock the person out of their own account.
  newPasswordAgain: z.string().max(200),
});
const userIdInput = z.coerce.number().int().positive();
/** What answers someone signed in with a temporary password: who they are, and choosing their own. */
const BEFORE_NEW_PASSWORD = new Set(['GET /api/me', 'POST /api/change-password']);

async function signedIn(s: HubServices, ctx: RequestContext): Promise<{ user: SignedInUser; token: string }> {
  const token = cookie(ctx.req, SESSION_COOKIE);
  const user = token ? await s.accounts.userOfSession(token) : null;
  if (!user || !token) throw new HubError(401, 'signed_out', 'Sign in to the hub to see this.');
  if (user.mustChangePassword && !BEFORE_NEW_PASSWORD.has(`${ctx.req.method} ${ctx.url.pathname}`)) {
    throw new HubError(403, 'must_change_password', 'Choose a new password before you go on.');
  }
  return { user, token };
}

function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** One route: method and path pattern, and what it does. Returns true when it answered. */
export async function route(s: HubServices, ctx: RequestContext): Promise<boolean> {
  const { req, res, url } = ctx;
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const ok = (value: unknown, status = 200) => sendJson(res, status, { ok: true, value });

  if (method === 'GET' && path === '/health') {
    try {
      await s.pool.query('SELECT 1');
      sendJson(res, 200, { ok: true, database: 'reachable' });
    } catch {
      sendJson(res, 503, { ok: false, database: 'unreachable' });
    }
    return true;
  }
  if (method === 'POST' && path === '/api/sign-in') {
    const input = parse(signInInput, await readJson(req, SMALL_BODY));
    const { token, user } = await s.accounts.signIn(input.email, input.password);
    sendJson(
      res,
      200,
      { ok: true, value: { email: user.email, role: user.role } },
      {
        'Set-Cookie': sessionCookie(token, 8 * 3600, ctx.secure),
      },
    );
    return true;
  }
  if (method === 'POST' && path === '/api/sign-out') {
    const token = cookie(req, SESSION_COOKIE);
    if (token) await s.accounts.signOut(token);
    sendJson(res, 200, { ok: true, value: null }, { 'Set-Cookie': sessionCookie('', 0, ctx.secure) });
    return true;
  }
  if (method === 'POST' && path === '/api/enrol') {
    const input = parse(enrolInput, await readJson(req, SMALL_BODY));
    ok(await s.enrolment.exchange(input.code));
    return true;
  }
  if (path === '/api/publications' || path.startsWith('/api/rating-rounds')) {
    const credential = bearer(req);
    const home = credential ? await s.enrolment.homeOfCredential(credential) : null;
    if (!home)
      throw new HubError(401, 'not_enrolled', 'This home is not enrolled with this hub. Nothing was stored.');
    if (home.revoked) {
      throw new HubError(
        403,
        'revoked',
        "This home's connection was revoked by the provider. Nothing was stored.",
      );
    }
    if (method === 'POST' && path === '/api/publications') {
      const publications = readPublishRequest(home, await readJson(req, MAX_PUBLISH_BYTES));
      ok(await ingest(s.pool, home, publications));
      return true;
    }
    if (await homeRatingRoute(s.ratings, home, ctx)) return true;
    throw new HubError(404, 'not_found', 'There is nothing at that address.');
  }
  if (await phoneRoute(s.ratings, ctx)) return true;
  if (!path.startsWith('/api/')) return false;

  const { user, token } = await signedIn(s, ctx);
  if (method === 'GET' && path === '/api/me') {
    ok({
      email: user.email,
      role: user.role,
      localAuthority: user.localAuthority,
      mustChangePassword: user.mustChangePassword,
    });
  } else if (method === 'POST' && path === '/api/change-password') {
    const input = parse(changePasswordInput, await readJson(req, SMALL_BODY));
    await s.accounts.changePassword(user, token, input);
    ok(null);
  } else if (method === 'GET' && path === '/api/people') {
    ok(await s.accounts.people(user));
  } else if (method === 'POST' && /^\/api\/users\/[^/]+\/reset-password$/.test(path)) {
    ok(await s.accounts.resetPassword(user, parse(userIdInput, path.split('/')[3])));
  } else if (method === 'GET' && path === '/api/enrolled-homes') {
    ok(await s.enrolment.homes(user));
  } else if (method === 'POST' && path === '/api/users') {
    const input = parse(newUserInput, await readJson(req, SMALL_BODY));
    ok({ userId: await s.accounts.addUser(user, input) }, 201);
  } else if (method === 'POST' && path === '/api/enrolment-codes') {
    const input = parse(newCodeInput, await readJson(req, SMALL_BODY));
    ok(await s.enrolment.createCode(user, input.homeName), 201);
  } else if (method === 'POST' && /^\/api\/homes\/[^/]+\/revoke$/.test(path)) {
    await s.enrolment.revoke(user, parse(homeIdInput, path.split('/')[3]));
    ok(null);
  } else if (method === 'GET' && path === '/api/homes') {
    ok(await s.reads.homesOverTime(user));
  } else if (method === 'GET' && path === '/api/homes.csv') {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="homes-${todayIso(s.now())}.csv"`,
    });
    res.end(homesOverTimeCsv(await s.reads.homesOverTime(user)));
  } else if (method === 'GET' && path === '/api/overdue') {
    ok(await s.reads.overdue(user, todayIso(s.now())));
  } else if (method === 'GET' && /^\/api\/homes\/[^/]+$/.test(path)) {
    ok(await s.reads.homeHistory(user, parse(homeIdInput, path.split('/')[3])));
  } else {
    throw new HubError(404, 'not_found', 'There is nothing at that address.');
  }
  return true;
}
