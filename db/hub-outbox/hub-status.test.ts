import { describe, expect, it } from 'vitest';
import type { PublicationBody } from '../../contract/hub/publication';
import { ServiceError } from '../../contract/result';
import { createHomesRepository } from '../homes/homes';
import { createReviewService } from '../reviews/review-service';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubHandlers } from './hub-handlers';
import { createHubOutbox } from './outbox';

const tempFolder = useTempFolder();
const HUB_HOME = '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81';
const CODE = 'K7MR-2QXH-9DPA-WNZ4';

/** The hub handlers over a harness; the hub takes everything (nothing sent is checked here). */
function setUp() {
  const t = openHarness(tempFolder());
  const db = t.store.db;
  const hub = createHubHandlers(db, createHomesRepository(db), createReviewService(db), {
    now: () => new Date('2026-11-20T10:00:00Z'),
    enrol: (_hubUrl, code) =>
      Promise.resolve(
        code === CODE
          ? { ok: true as const, homeId: HUB_HOME, credential: 'c'.repeat(43) }
          : { ok: false as const, reason: 'That enrolment code is not valid.' },
      ),
    post: () => Promise.resolve({ kind: 'sent' as const }),
  });
  const connect = (hubUrl = 'https://hub.example.org') =>
    hub['hub.connect']({ homeId: t.homeId, hubUrl, code: CODE });
  return { t, hub, connect };
}

const refusal = async (run: () => unknown) => {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
};

/** A review of `quarter` with every answer given, signed off. */
async function signOff(t: ReturnType<typeof openHarness>, quarter: string) {
  const h = t.store.handlers;
  const review = h['reviews.start']({ homeId: t.homeId, quarter });
  for (const i of review.indicators)
    h['reviews.saveIndicator']({
      reviewId: review.id,
      indicatorKey: i.key,
      rating: 3,
      note: '',
      sources: [],
      otherSource: '',
      discuss: false,
    });
  for (const d of review.domains)
    h['reviews.saveDomain']({ reviewId: review.id, domainKey: d.key, judgement: 3, rationale: 'Steady' });
  h['reviews.saveSummary']({ reviewId: review.id, strengths: 'Team', improvements: 'School', overall: 3 });
  for (const area of ['protection', 'leadership', 'experiences'] as const)
    h['reviews.saveJudgement']({ reviewId: review.id, area, judgement: 3, reason: `Reason for ${area}` });
  await t.call('reviews.complete', {
    reviewId: review.id,
    signedByName: 'Jo',
    signedByRole: 'Manager',
    signedOn: '2026-11-20',
  });
}

const judgement = { grade: 3, reason: '' };
/** One publication of each kind, each with the smallest body the hub accepts. */
const EACH_KIND: PublicationBody[] = [
  {
    kind: 'review.signed_off',
    quarter: '2026-Q3',
    signedOn: '2026-10-02',
    overall: 3,
    judgements: {
      experiencesAndProgress: judgement,
      helpedAndProtected: judgement,
      leadersAndManagers: judgement,
    },
    domains: [],
    ratings: [],
  },
  { kind: 'review.reopened', quarter: '2026-Q2' },
  {
    kind: 'action.saved',
    ref: 7,
    title: 'Fire drill',
    owner: 'Sam',
    dueOn: '2026-12-01',
    status: 'in_progress',
  },
  {
    kind: 'statutory.item',
    item: 'ofsted_requirement',
    ref: 'ofsted-3',
    title: 'Update the missing-from-home plan',
    dueOn: '2026-12-10',
    doneOn: null,
  },
  {
    kind: 'statutory.item',
    item: 'reg45_report',
    ref: 'reg45-1',
    title: 'Send the Reg 45 report',
    dueOn: '2026-12-10',
    doneOn: null,
  },
  { kind: 'home.sharing', localAuthority: 'Leeds' },
  { kind: 'home.sharing', localAuthority: null },
  {
    kind: 'records.reg44',
    visits: [{ ref: 1, visitedOn: '2026-11-02', reportReceivedOn: null, recommendations: 2 }],
  },
  { kind: 'records.reg45', records: [] },
  { kind: 'records.inspections', inspections: [] },
  { kind: 'records.compliance', dates: [] },
  { kind: 'figures.quarter', quarter: '2026-Q4', figures: { missingEpisodes: 2 } },
];

describe('the hub screen’s list of what was published', () => {
  it('names each kind of publication in the manager’s words, newest first', async () => {
    const { t, hub } = setUp();
    const outbox = createHubOutbox(t.store.db);
    outbox.connect(t.homeId, {
      hubUrl: 'https://hub.example.org',
      hubHomeId: HUB_HOME,
      credential: 'c'.repeat(43),
    });
    for (const body of EACH_KIND) outbox.publish(t.homeId, body);
    // A kind this version of the app no longer knows, from an older outbox.
    t.store.db
      .prepare(
        "INSERT INTO hub_outbox (id, home_id, seq, kind, body, created_at) VALUES ('x', ?, 99, 'old.kind', '{\"kind\":\"old.kind\"}', '2026-11-20T10:00:00.000Z')",
      )
      .run(t.homeId);
    const status = hub['hub.status']({ homeId: t.homeId });
    if (!status.connected) throw new Error('not connected');
    expect(status.recent.map((r) => r.what)).toEqual([
      'A record',
      'Figures: Oct to Dec 2026',
      'Compliance dates (0)',
      'Ofsted inspections (0)',
      'Reg 45 reviews (0)',
      'Reg 44 visits (1)',
      'Not sharing with a local authority',
      'Sharing with Leeds',
      'Reg 45 report to Ofsted: Send the Reg 45 report',
      'Ofsted requirement: Update the missing-from-home plan',
      'Action: Fire drill (in progress)',
      'Review reopened: Apr to Jun 2026',
      'Review signed off: Jul to Sep 2026',
    ]);
    expect(status.waiting).toBe(EACH_KIND.length + 1);
  });

  it('sends the home’s signed-off reviews on connecting, oldest first, and not one still being written', async () => {
    const { t, connect } = setUp();
    await signOff(t, '2026-Q3');
    await signOff(t, '2026-Q4');
    t.store.handlers['reviews.start']({ homeId: t.homeId, quarter: '2026-Q2' });
    const status = await connect();
    if (!status.connected) throw new Error('not connected');
    expect(status.recent.map((r) => r.what).filter((w) => w.startsWith('Review'))).toEqual([
      'Review signed off: Oct to Dec 2026',
      'Review signed off: Jul to Sep 2026',
    ]);
  });
});

describe('connecting and the hub settings', () => {
  it('refuses to connect a home twice, and keeps the first connection', async () => {
    const { t, hub, connect } = setUp();
    await connect('https://hub.example.org');
    const error = await refusal(() => connect('https://other-hub.example.org'));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('This home is already connected to a hub. Disconnect it first.');
    expect(hub['hub.status']({ homeId: t.homeId })).toMatchObject({ hubUrl: 'https://hub.example.org' });
  });

  it('refuses a bad address or code as the manager’s input to correct', async () => {
    const { connect, hub, t } = setUp();
    expect((await refusal(() => connect('http://hub.example.org'))).code).toBe('invalid_input');
    const wrongCode = await refusal(() =>
      hub['hub.connect']({ homeId: t.homeId, hubUrl: 'https://hub.example.org', code: 'WRONG' }),
    );
    expect(wrongCode.code).toBe('invalid_input');
    expect(wrongCode.message).toBe('That enrolment code is not valid.');
  });

  it('turns evidence notes on and off only for a connected home', async () => {
    const { t, hub, connect } = setUp();
    const before = await refusal(() => hub['hub.publishNotes']({ homeId: t.homeId, on: true }));
    expect(before.code).toBe('conflict');
    expect(before.message).toBe('Connect this home to a hub first.');
    const shareBefore = await refusal(() =>
      hub['hub.shareWith']({ homeId: t.homeId, localAuthority: 'Leeds' }),
    );
    expect(shareBefore.code).toBe('conflict');
    expect(shareBefore.message).toBe('Connect this home to a hub first.');
    expect(await connect()).toMatchObject({ publishesNotes: false });
    expect(hub['hub.publishNotes']({ homeId: t.homeId, on: true })).toMatchObject({ publishesNotes: true });
    expect(hub['hub.publishNotes']({ homeId: t.homeId, on: false })).toMatchObject({ publishesNotes: false });
  });
});
