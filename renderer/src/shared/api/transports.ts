import type { OperationName } from '@contract/operations';
import type { Result } from '@contract/result';
import { browserKey } from './browserKey';
import type { HallmarksBridge } from './bridge';

/** Browsers cap keepalive requests at 64 KiB in flight; stay under it. */
const KEEPALIVE_LIMIT = 60_000;

export type Transport = (name: OperationName, input: unknown) => Promise<Result<unknown>>;

export function electronTransport(bridge: HallmarksBridge): Transport {
  return (name, input) => bridge.invoke(name, input);
}

const unreachable: Result<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Hallmarks could not reach its data. Check the app is still running, then try again.',
  },
};

/** Browser mode: the same contract over HTTP to the local server that served this page. */
export const httpTransport: Transport = async (name, input) => {
  let response: Response;
  try {
    const body = JSON.stringify({ name, input });
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hallmarks-Key': browserKey() ?? '' },
      body,
      // Lets a save started as the tab closes or reloads finish (browsers allow it only for small bodies).
      // Only then: Chromium delays keepalive requests, which slowed every ordinary call by ~200 ms.
      keepalive: document.visibilityState === 'hidden' && body.length < KEEPALIVE_LIMIT,
    });
  } catch {
    return unreachable;
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    if (response.status === 401 || response.status === 403) {
      return {
        ok: false,
        error: {
          code: 'forbidden',
          message: 'This page has lost its access key. Open the address Hallmarks printed when it started.',
        },
      };
    }
    return unreachable;
  }
};
