import { randomUUID } from 'node:crypto';
import type { Publication, PublicationBody } from '../../contract/hub/publication';
import { startHub, type HubOptions, type RunningHub } from '../src/server';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

export const ADMIN_PASSWORD = 'correct horse battery staple';

let cluster: ThrowawayPostgres | null = null;
let databases = 0;

/** One cluster per test file (started in beforeAll), a fresh database per call. */
export async function freshDatabase(): Promise<string> {
  cluster ??= await startThrowawayPostgres();
  databases += 1;
  return cluster.createDatabase(`hub_test_${databases}`);
}

export function stopCluster(): void {
  cluster?.stop();
  cluster = null;
}

export async function freshHub(options: Partial<HubOptions> = {}): Promise<RunningHub> {
  return startHub({
    pgUrl: await freshDatabase(),
    port: 0,
    host: '127.0.0.1',
    behindTlsProxy: false,
    ...options,
  });
}

/** A small client for the hub's HTTP API, as the app and the provider pages use it. */
export class HubClient {
  private cookie = '';
  constructor(readonly base: string) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await res.text();
    const json = res.headers.get('content-type')?.startsWith('application/json')
      ? (JSON.parse(text) as HubAnswer)
      : null;
    return { status: res.status, json, text };
  }

  async signIn(email: string, password: string) {
    const r = await this.call('POST', '/api/sign-in', { email, password });
    if (r.status !== 200) throw new Error(`sign-in failed: ${r.text}`);
  }
}

export interface HubAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; details: string[] };
}

/** A provider with its admin signed in. */
export async function providerWithAdmin(hub: RunningHub, name: string) {
  const email = `admin@${name.toLowerCase().replace(/\W/g, '')}.example`;
  const providerId = await hub.services.accounts.addProvider(name, email, ADMIN_PASSWORD);
  const admin = new HubClient(hub.url);
  await admin.signIn(email, ADMIN_PASSWORD);
  return { providerId, admin, email };
}

/** Enrols a home: the admin makes a code, the home exchanges it for its credential. */
export async function enrolHome(hub: RunningHub, admin: HubClient, homeName: string) {
  const made = await admin.call('POST', '/api/enrolment-codes', { homeName });
  const { code } = made.json!.value as { code: string };
  const exchanged = await new HubClient(hub.url).call('POST', '/api/enrol', { code });
  const { homeId, credential } = exchanged.json!.value as { homeId: string; credential: string };
  return { homeId, credential, code };
}

export function publicationOf(homeId: string, seq: number, body: PublicationBody): Publication {
  return { id: randomUUID(), seq, homeId, body };
}

export function signedOff(
  quarter: string,
  grades: [number, number, number],
  reason = 'Because of the records',
): PublicationBody {
  const [e, h, l] = grades;
  return {
    kind: 'review.signed_off',
    quarter,
    signedOn: `${quarter.slice(0, 4)}-${String(Number(quarter.slice(-1)) * 3).padStart(2, '0')}-20`,
    overall: e,
    judgements: {
      experiencesAndProgress: { grade: e, reason },
      helpedAndProtected: { grade: h, reason },
      leadersAndManagers: { grade: l, reason },
    },
    domains: [{ key: 'quality', judgement: e, reason }],
    ratings: [{ indicatorKey: 'quality.one', domainKey: 'quality', rating: e }],
  };
}

export function publish(hub: RunningHub, credential: string, publications: unknown) {
  return new HubClient(hub.url).call(
    'POST',
    '/api/publications',
    { publications },
    { Authorization: `Bearer ${credential}` },
  );
}
