import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Publication } from '../../contract/hub/publication';
import { HUB_UNREACHABLE } from '../../contract/hub/status';
import { CREDENTIAL_NOT_OPENED } from './credential-seal';
import { enrolWithHub, hubAddressProblem, postPublications } from './hub-transport';
import type { HubConnection } from './outbox';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A stand-in for the hub's HTTP API on this computer: records each request and answers `status` and `body` (text as is). */
async function fakeHub(status: number, body: unknown) {
  const seen: Seen[] = [];
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
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url, seen };
}

/** An address on this computer where nothing listens. */
async function nobodyThere() {
  const { url } = await fakeHub(200, {});
  await closers.pop()!();
  return url;
}

const HUB_HOME = '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81';
const connection = (hubUrl: string, credential: string | null = 'c'.repeat(43)): HubConnection => ({
  homeId: 1,
  hubUrl,
  hubHomeId: HUB_HOME,
  credential,
  connectedAt: '2026-11-20T10:00:00.000Z',
  offlineSince: null,
  lastSentAt: null,
  lastError: '',
  sharesWith: null,
  publishesNotes: false,
});
const PUBLICATIONS: Publication[] = [
  {
    id: '0b7f8a52-1c1e-4c55-8e8e-3d0f1b2a9c10',
    seq: 1,
    homeId: HUB_HOME,
    body: { kind: 'home.sharing', localAuthority: 'Leeds' },
  },
];

describe('the hub’s address', () => {
  it('must be https, except for a hub on this computer', () => {
    for (const ok of [
      'https://hub.example.org',
      'http://localhost:8080',
      'http://127.0.0.1:9',
      'http://[::1]:9',
    ])
      expect(hubAddressProblem(ok)).toBeNull();
    for (const plain of ['http://hub.example.org', 'ftp://localhost/hub'])
      expect(hubAddressProblem(plain)).toBe(
        'The hub’s address must start with https:// (plain http is only for a hub on this computer)',
      );
    expect(hubAddressProblem('hub.example.org')).toBe(
      'Enter the hub’s address as your provider gave it, for example https://hub.example.org',
    );
  });
});

describe('sending publications to the hub', () => {
  it('posts them as JSON with the home’s credential, and counts them sent when the hub takes them', async () => {
    const hub = await fakeHub(200, { ok: true, value: null });
    expect(await postPublications(connection(hub.url), PUBLICATIONS)).toEqual({ kind: 'sent' });
    expect(hub.seen).toEqual([
      {
        method: 'POST',
        url: '/api/publications',
        headers: expect.objectContaining({
          'content-type': 'application/json',
          authorization: `Bearer ${'c'.repeat(43)}`,
        }) as unknown,
        body: { publications: PUBLICATIONS },
      },
    ]);
  });

  it('gives the hub’s own reason for a refusal, or its status when it gave none', async () => {
    const refusing = await fakeHub(409, {
      ok: false,
      error: { message: 'Publication 1 was already stored.' },
    });
    expect(await postPublications(connection(refusing.url), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: 'Publication 1 was already stored.',
    });
    const silent = await fakeHub(400, { ok: false });
    expect(await postPublications(connection(silent.url), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: 'The hub answered 400.',
    });
    const broken = await fakeHub(502, '<html>Bad gateway</html>');
    expect(await postPublications(connection(broken.url), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: 'The hub answered 502.',
    });
  });

  it('sends nothing without an address it may use or a credential it can open', async () => {
    const hub = await fakeHub(200, { ok: true, value: null });
    expect(await postPublications(connection('http://hub.example.org'), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: hubAddressProblem('http://hub.example.org'),
    });
    expect(await postPublications(connection(hub.url, null), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: CREDENTIAL_NOT_OPENED,
    });
    expect(hub.seen).toEqual([]);
  });

  it('says plainly when the hub cannot be reached', async () => {
    expect(await postPublications(connection(await nobodyThere()), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: HUB_UNREACHABLE,
    });
  });
});

describe('enrolling with the hub', () => {
  it('exchanges the one-time code for the home’s own credential', async () => {
    const hub = await fakeHub(200, { ok: true, value: { homeId: HUB_HOME, credential: 'k'.repeat(43) } });
    expect(await enrolWithHub(hub.url, 'K7MR-2QXH-9DPA-WNZ4')).toEqual({
      ok: true,
      homeId: HUB_HOME,
      credential: 'k'.repeat(43),
    });
    expect(hub.seen).toEqual([
      {
        method: 'POST',
        url: '/api/enrol',
        headers: expect.objectContaining({ 'content-type': 'application/json' }) as unknown,
        body: { code: 'K7MR-2QXH-9DPA-WNZ4' },
      },
    ]);
  });

  it('refuses with the hub’s reason, the address’s problem, or that the hub cannot be reached', async () => {
    const refusing = await fakeHub(401, {
      ok: false,
      error: { message: 'That enrolment code is not valid.' },
    });
    expect(await enrolWithHub(refusing.url, 'WRONG')).toEqual({
      ok: false,
      reason: 'That enrolment code is not valid.',
    });
    expect(await enrolWithHub('http://hub.example.org', 'K7MR-2QXH-9DPA-WNZ4')).toEqual({
      ok: false,
      reason: hubAddressProblem('http://hub.example.org'),
    });
    expect(await enrolWithHub(await nobodyThere(), 'K7MR-2QXH-9DPA-WNZ4')).toEqual({
      ok: false,
      reason: 'The hub could not be reached. Check the address and that this computer is online.',
    });
  });
});
