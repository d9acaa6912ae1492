import { describe, expect, it } from 'vitest';
import type { Publication } from '../../contract/hub/publication';
import { HUB_UNREACHABLE } from '../../contract/hub/status';
import { connectionTo, FAKE_HUB_HOME, useFakeHubs } from '../test-support/fake-hub-http';
import { CREDENTIAL_NOT_OPENED } from './credential-seal';
import { enrolWithHub, hubAddressProblem, postPublications } from './hub-transport';

const { hub: fakeHub, nobodyThere } = useFakeHubs();

const PUBLICATIONS: Publication[] = [
  {
    id: '0b7f8a52-1c1e-4c55-8e8e-3d0f1b2a9c10',
    seq: 1,
    homeId: FAKE_HUB_HOME,
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
    expect(await postPublications(connectionTo(hub.url), PUBLICATIONS)).toEqual({ kind: 'sent' });
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
    expect(await postPublications(connectionTo(refusing.url), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: 'Publication 1 was already stored.',
    });
    const silent = await fakeHub(400, { ok: false });
    expect(await postPublications(connectionTo(silent.url), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: 'The hub answered 400.',
    });
    const broken = await fakeHub(502, '<html>Bad gateway</html>');
    expect(await postPublications(connectionTo(broken.url), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: 'The hub answered 502.',
    });
  });

  it('sends nothing without an address it may use or a credential it can open', async () => {
    const hub = await fakeHub(200, { ok: true, value: null });
    expect(await postPublications(connectionTo('http://hub.example.org'), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: hubAddressProblem('http://hub.example.org'),
    });
    expect(await postPublications(connectionTo(hub.url, null), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: CREDENTIAL_NOT_OPENED,
    });
    expect(hub.seen).toEqual([]);
  });

  it('says plainly when the hub cannot be reached', async () => {
    expect(await postPublications(connectionTo(await nobodyThere()), PUBLICATIONS)).toEqual({
      kind: 'failed',
      reason: HUB_UNREACHABLE,
    });
  });
});

describe('enrolling with the hub', () => {
  it('exchanges the one-time code for the home’s own credential', async () => {
    const hub = await fakeHub(200, {
      ok: true,
      value: { homeId: FAKE_HUB_HOME, credential: 'k'.repeat(43) },
    });
    expect(await enrolWithHub(hub.url, 'K7MR-2QXH-9DPA-WNZ4')).toEqual({
      ok: true,
      homeId: FAKE_HUB_HOME,
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
