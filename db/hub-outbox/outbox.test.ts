import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubOutbox } from './outbox';

const tempFolder = useTempFolder();
const HUB_HOME = '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81';
const CONNECTION = { hubUrl: 'https://hub.example', hubHomeId: HUB_HOME, credential: 'c'.repeat(43) };

/** A review with every answer given; the evidence notes say something the provider must never see. */
function signOffReview(t: ReturnType<typeof openHarness>) {
  const h = t.store.handlers;
  const review = h['reviews.start']({ homeId: t.homeId, quarter: '2026-Q4' });
  for (const i of review.indicators) {
    const answer = {
      rating: 3,
      note: 'PRIVATE NOTE about a child',
      sources: [] as string[],
      otherSource: '',
      discuss: false,
    };
    h['reviews.saveIndicator']({ reviewId: review.id, indicatorKey: i.key, ...answer });
  }
  for (const d of review.domains)
    h['reviews.saveDomain']({ reviewId: review.id, domainKey: d.key, judgement: 3, rationale: 'Steady' });
  h['reviews.saveSummary']({ reviewId: review.id, strengths: 'Team', improvements: 'School', overall: 3 });
  for (const area of ['protection', 'leadership', 'experiences'] as const)
    h['reviews.saveJudgement']({ reviewId: review.id, area, judgement: 3, reason: `Reason for ${area}` });
  return t.attempt('reviews.complete', {
    reviewId: review.id,
    signedByName: 'Jo',
    signedByRole: 'Manager',
    signedOn: '2026-11-20',
  });
}

const action = (homeId: number) => ({
  homeId,
  title: 'Evening walk-rounds',
  link: null,
  owner: 'Sam',
  dueOn: '2026-12-01',
  source: 'review' as const,
});

const outboxRows = (t: ReturnType<typeof openHarness>) =>
  t.store.db.prepare('SELECT seq, kind, body FROM hub_outbox ORDER BY seq').all() as {
    seq: number;
    kind: string;
    body: string;
  }[];

describe('the hub outbox', () => {
  it('stays empty for a home that is not connected: the app behaves as without a hub', async () => {
    const t = openHarness(tempFolder());
    expect((await signOffReview(t)).ok).toBe(true);
    await t.call('actions.create', action(t.homeId));
    expect(outboxRows(t)).toEqual([]);
  });

  it('queues a sign-off and each saved action, numbered in order, for a connected home', async () => {
    const t = openHarness(tempFolder());
    createHubOutbox(t.store.db).connect(t.homeId, CONNECTION);
    expect((await signOffReview(t)).ok).toBe(true);
    const created = await t.call('actions.create', action(t.homeId));
    await t.call('actions.setStatus', { id: created.id, status: 'in_progress', byName: 'Jo' });
    const rows = outboxRows(t);
    expect(rows.map((r) => [r.seq, r.kind])).toEqual([
      [1, 'review.signed_off'],
      [2, 'action.saved'],
      [3, 'action.saved'],
    ]);
    const review = JSON.parse(rows[0]!.body) as {
      judgements: { helpedAndProtected: { grade: number; reason: string } };
    };
    expect(review.judgements.helpedAndProtected).toEqual({ grade: 3, reason: 'Reason for protection' });
    expect(rows[0]!.body).not.toContain('PRIVATE NOTE');
    expect(JSON.parse(rows[2]!.body)).toMatchObject({
      kind: 'action.saved',
      status: 'in_progress',
      title: 'Evening walk-rounds',
    });
  });

  it('sends evidence notes only after the home turns that on, and never by default', async () => {
    const t = openHarness(tempFolder());
    const outbox = createHubOutbox(t.store.db);
    outbox.connect(t.homeId, CONNECTION);
    expect(outbox.connection(t.homeId)!.publishesNotes).toBe(false);
    outbox.publishNotes(t.homeId, true);
    expect((await signOffReview(t)).ok).toBe(true);
    const [review] = outboxRows(t);
    const ratings = (JSON.parse(review!.body) as { ratings: { note?: string }[] }).ratings;
    expect(ratings.length).toBeGreaterThan(0);
    expect(ratings.every((r) => r.note === 'PRIVATE NOTE about a child')).toBe(true);
    // A new connection starts with the notes off again.
    outbox.connect(t.homeId, CONNECTION);
    expect(outbox.connection(t.homeId)!.publishesNotes).toBe(false);
  });

  it('queues a Reg 44 recommendation’s response date, and when it was answered', async () => {
    const t = openHarness(tempFolder());
    createHubOutbox(t.store.db).connect(t.homeId, CONNECTION);
    const visit = await t.call('reg44.saveVisit', {
      homeId: t.homeId,
      visitedOn: '2026-11-02',
      visitor: 'A. Visitor',
      reportReceivedOn: null,
    });
    const visitId = visit.savedId;
    await t.call('reg44.saveRecommendation', {
      visitId,
      text: 'Review the night-time checks',
      respondBy: '2026-12-01',
      response: '',
      respondedOn: null,
    });
    const item = outboxRows(t).find((r) => r.kind === 'statutory.item');
    expect(JSON.parse(item!.body)).toMatchObject({
      kind: 'statutory.item',
      item: 'reg44_response',
      title: 'Review the night-time checks',
      dueOn: '2026-12-01',
      doneOn: null,
    });
  });

  it('writes nothing to the outbox when the record itself is refused', async () => {
    const t = openHarness(tempFolder());
    createHubOutbox(t.store.db).connect(t.homeId, CONNECTION);
    const review = t.store.handlers['reviews.start']({ homeId: t.homeId, quarter: '2026-Q4' });
    const refused = await t.attempt('reviews.complete', {
      reviewId: review.id,
      signedByName: 'Jo',
      signedByRole: 'Manager',
      signedOn: '2026-11-20',
    });
    expect(refused.ok).toBe(false);
    expect(outboxRows(t)).toEqual([]);
  });

  it('disconnecting is one step: the credential and the queue go, the records stay', async () => {
    const t = openHarness(tempFolder());
    const outbox = createHubOutbox(t.store.db);
    outbox.connect(t.homeId, CONNECTION);
    await t.call('actions.create', action(t.homeId));
    outbox.disconnect(t.homeId);
    expect(outbox.connection(t.homeId)).toBeNull();
    expect(outboxRows(t)).toEqual([]);
    expect(await t.call('actions.list', { homeId: t.homeId })).toHaveLength(1);
  });

  it('has nothing waiting for a home that is not connected', () => {
    const t = openHarness(tempFolder());
    expect(createHubOutbox(t.store.db).waiting(t.homeId, 100)).toEqual([]);
  });

  it('keeps the first 500 characters of a long message from the hub, and the first moment it failed', () => {
    const t = openHarness(tempFolder());
    const outbox = createHubOutbox(t.store.db, () => new Date('2026-11-20T10:00:00Z'));
    outbox.connect(t.homeId, CONNECTION);
    outbox.markFailed(t.homeId, `${'a'.repeat(500)}TAIL`);
    expect(outbox.connection(t.homeId)!.lastError).toBe('a'.repeat(500));
    expect(outbox.connection(t.homeId)!.offlineSince).toBe('2026-11-20T10:00:00.000Z');
  });
});
