import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../contract/result';
import { createHomesRepository } from '../homes/homes';
import { createReviewService } from '../reviews/review-service';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubHandlers } from './hub-handlers';
import type { SendOutcome } from './hub-transport';

const tempFolder = useTempFolder();
const HUB_HOME = '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81';

function setUp(hubOnline: boolean) {
  const t = openHarness(tempFolder());
  const db = t.store.db;
  const sent: number[] = [];
  const hub = createHubHandlers(db, createHomesRepository(db), createReviewService(db), {
    now: () => new Date('2026-11-20T10:00:00Z'),
    enrol: (_url, code) =>
      Promise.resolve(
        code === 'K7MR-2QXH-9DPA-WNZ4'
          ? { ok: true as const, homeId: HUB_HOME, credential: 'c'.repeat(43) }
          : { ok: false as const, reason: 'That enrolment code is not valid.' },
      ),
    post: (_c, publications): Promise<SendOutcome> => {
      if (!hubOnline) return Promise.resolve({ kind: 'failed', reason: 'The hub could not be reached.' });
      sent.push(...publications.map((p) => p.seq));
      return Promise.resolve({ kind: 'sent' });
    },
  });
  return { t, hub, sent };
}

const refusal = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
};

describe('connecting a home to a provider hub', () => {
  it('is not connected until the manager connects', () => {
    const { t, hub } = setUp(true);
    expect(hub['hub.status']({ homeId: t.homeId })).toEqual({ connected: false });
  });

  it('refuses a plain-http address beyond this computer, beside the address field', async () => {
    const { t, hub } = setUp(true);
    const error = await refusal(
      hub['hub.connect']({ homeId: t.homeId, hubUrl: 'http://hub.example.org', code: 'K7MR-2QXH-9DPA-WNZ4' }),
    );
    expect(error.fields?.hubUrl).toMatch(/must start with https:\/\//);
    expect(hub['hub.status']({ homeId: t.homeId })).toEqual({ connected: false });
  });

  it('shows the hub’s refusal of a wrong code beside the code field, and stays disconnected', async () => {
    const { t, hub } = setUp(true);
    const error = await refusal(
      hub['hub.connect']({ homeId: t.homeId, hubUrl: 'https://hub.example.org', code: 'WRONG' }),
    );
    expect(error.fields?.code).toBe('That enrolment code is not valid.');
    expect(hub['hub.status']({ homeId: t.homeId })).toEqual({ connected: false });
  });

  it('sends the home’s existing actions on connecting, and lists them in words', async () => {
    const { t, hub, sent } = setUp(true);
    await t.call('actions.create', {
      homeId: t.homeId,
      title: 'Evening walk-rounds',
      link: null,
      owner: 'Sam',
      dueOn: '2026-12-01',
      source: 'other',
    });
    const status = await hub['hub.connect']({
      homeId: t.homeId,
      hubUrl: 'https://hub.example.org',
      code: 'K7MR-2QXH-9DPA-WNZ4',
    });
    // The action, then the compliance dates (the built-in duties are always there).
    expect(sent).toEqual([1, 2]);
    expect(status).toMatchObject({
      connected: true,
      waiting: 0,
      lastSentAt: '2026-11-20T10:00:00.000Z',
      offlineSince: null,
    });
    if (!status.connected) throw new Error('not connected');
    expect(status.recent.map((r) => r.what)).toEqual([
      expect.stringMatching(/^Compliance dates \(\d+\)$/),
      'Action: Evening walk-rounds (open)',
    ]);
  });

  it('while the hub is unreachable, says since when and keeps everything waiting', async () => {
    const { t, hub } = setUp(false);
    await t.call('actions.create', {
      homeId: t.homeId,
      title: 'Fire drill',
      link: null,
      owner: 'Sam',
      dueOn: '2026-12-01',
      source: 'other',
    });
    const status = await hub['hub.connect']({
      homeId: t.homeId,
      hubUrl: 'http://localhost:8080',
      code: 'K7MR-2QXH-9DPA-WNZ4',
    });
    expect(status).toMatchObject({
      connected: true,
      waiting: 2,
      offlineSince: '2026-11-20T10:00:00.000Z',
      nextTryInMs: expect.any(Number),
    });
    expect(hub['hub.disconnect']({ homeId: t.homeId })).toEqual({ connected: false });
  });

  it('publishes the home’s choice of local authority, and refuses it before connecting', async () => {
    const { t, hub } = setUp(true);
    expect(() => hub['hub.shareWith']({ homeId: t.homeId, localAuthority: 'Leeds' })).toThrow(
      /Connect this home/,
    );
    await hub['hub.connect']({
      homeId: t.homeId,
      hubUrl: 'https://hub.example.org',
      code: 'K7MR-2QXH-9DPA-WNZ4',
    });
    expect(hub['hub.shareWith']({ homeId: t.homeId, localAuthority: 'Leeds' })).toMatchObject({
      sharesWith: 'Leeds',
    });
    expect(hub['hub.shareWith']({ homeId: t.homeId, localAuthority: null })).toMatchObject({
      sharesWith: null,
    });
    const bodies = t.store.db
      .prepare("SELECT body FROM hub_outbox WHERE kind = 'home.sharing' ORDER BY seq")
      .pluck()
      .all() as string[];
    expect(bodies.map((b) => JSON.parse(b) as unknown)).toEqual([
      { kind: 'home.sharing', localAuthority: 'Leeds' },
      { kind: 'home.sharing', localAuthority: null },
    ]);
  });
});
