import type { Publication } from '../../contract/hub/publication';
import { HUB_UNREACHABLE } from '../../contract/hub/status';
import { CREDENTIAL_NOT_OPENED } from './credential-seal';
import type { HubConnection } from './outbox';

export type SendOutcome = { kind: 'sent' } | { kind: 'failed'; reason: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The hub's address, or why it cannot be used: TLS is required except on this computer. */
export function hubAddressProblem(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'Enter the hub’s address as your provider gave it, for example https://hub.example.org';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null;
  return 'The hub’s address must start with https:// (plain http is only for a hub on this computer)';
}

const SEND_TIMEOUT_MS = 30_000;

async function hubMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The hub answered ${res.status}.`;
  } catch {
    return `The hub answered ${res.status}.`;
  }
}

/** Sends publications to the hub over HTTPS (http on this computer only). Never throws. */
export async function postPublications(
  connection: HubConnection,
  publications: Publication[],
): Promise<SendOutcome> {
  const problem = hubAddressProblem(connection.hubUrl);
  if (problem) return { kind: 'failed', reason: problem };
  if (connection.credential === null) return { kind: 'failed', reason: CREDENTIAL_NOT_OPENED };
  try {
    const res = await fetch(new URL('/api/publications', connection.hubUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${connection.credential}` },
      body: JSON.stringify({ publications }),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (res.ok) return { kind: 'sent' };
    return { kind: 'failed', reason: await hubMessage(res) };
  } catch {
    return { kind: 'failed', reason: HUB_UNREACHABLE };
  }
}

/** Exchanges the provider's one-time enrolment code for this home's own credential. */
export async function enrolWithHub(
  hubUrl: string,
  code: string,
): Promise<{ ok: true; homeId: string; credential: string } | { ok: false; reason: string }> {
  const problem = hubAddressProblem(hubUrl);
  if (problem) return { ok: false, reason: problem };
  try {
    const res = await fetch(new URL('/api/enrol', hubUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (!res.ok) return { ok: false, reason: await hubMessage(res) };
    const body = (await res.json()) as { value: { homeId: string; credential: string } };
    return { ok: true, ...body.value };
  } catch {
    return {
      ok: false,
      reason: 'The hub could not be reached. Check the address and that this computer is online.',
    };
  }
}
