import type { OpenRatingRoundRequest, RatingRoundStatus } from '../../contract/hub/rating';
import { ServiceError } from '../../contract/result';
import { CREDENTIAL_NOT_OPENED } from './credential-seal';
import { hubAddressProblem } from './hub-transport';
import type { HubConnection } from './outbox';

const TIMEOUT_MS = 30_000;

/** One call to the hub as this home; a refusal or an unreachable hub becomes the hub's or a plain sentence. */
async function hubCall<T>(
  connection: HubConnection,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const problem = hubAddressProblem(connection.hubUrl);
  if (problem) throw new ServiceError('conflict', problem);
  if (connection.credential === null) throw new ServiceError('conflict', CREDENTIAL_NOT_OPENED);
  let res: Response;
  try {
    res = await fetch(new URL(path, connection.hubUrl), {
      method,
      headers: {
        Authorization: `Bearer ${connection.credential}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new ServiceError(
      'conflict',
      'The provider hub could not be reached (this computer is offline, or the hub is down). Try again.',
    );
  }
  const answer = (await res.json().catch(() => null)) as {
    ok: boolean;
    value?: T;
    error?: { message: string };
  } | null;
  if (!res.ok || !answer?.ok) {
    throw new ServiceError('conflict', answer?.error?.message ?? `The provider hub answered ${res.status}.`);
  }
  return answer.value as T;
}

/** The hub's rating-round API, as the home's app calls it; replaceable in tests only by a real hub. */
export const phoneRoundTransport = {
  open: (c: HubConnection, request: OpenRatingRoundRequest) =>
    hubCall<{ roundId: string; links: { ref: number; code: string }[] }>(
      c,
      'POST',
      '/api/rating-rounds',
      request,
    ),
  status: (c: HubConnection, roundId: string) =>
    hubCall<RatingRoundStatus>(c, 'GET', `/api/rating-rounds/${roundId}`),
  close: (c: HubConnection, roundId: string) =>
    hubCall<RatingRoundStatus>(c, 'POST', `/api/rating-rounds/${roundId}/close`),
  remove: (c: HubConnection, roundId: string) => hubCall<null>(c, 'DELETE', `/api/rating-rounds/${roundId}`),
};
