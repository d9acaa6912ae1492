import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { HubConnection } from '../hub-outbox/outbox';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/**
 * Stand-ins for a provider hub's HTTP API on this computer, closed after the test. `hub(status, body)`
 * records each request and answers `status` with `body` (a string is sent as it is, anything else as
 * JSON); `nobodyThere()` is an address on this computer where nothing listens.
 */
export function useFakeHubs() {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  async function hub(status: number, body: unknown) {
    const seen: SeenRequest[] = [];
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({
          method: req.method!,
          url: req.url!,
          headers: req.headers,
          body: text ? JSON.parse(text) : null,
        });
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
  }
  async function nobodyThere() {
    const { url } = await hub(200, {});
    await closers.pop()!();
    return url;
  }
  return { hub, nobodyThere };
}

export const FAKE_HUB_HOME = '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81';

/** A home's connection to the hub at `hubUrl`, with its credential (null: the key store did not open it). */
export const connectionTo = (hubUrl: string, credential: string | null = 'c'.repeat(43)): HubConnection => ({
  homeId: 1,
  hubUrl,
  hubHomeId: FAKE_HUB_HOME,
  credential,
  connectedAt: '2026-11-20T10:00:00.000Z',
  offlineSince: null,
  lastSentAt: null,
  lastError: '',
  sharesWith: null,
  publishesNotes: false,
});
