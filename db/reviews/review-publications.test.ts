import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { readyReview, signOff } from '../test-support/ready-review';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('a review’s publications to the provider’s hub', () => {
  it('queues the sign-off and the reopening, with the quarter, for a connected home', async () => {
    const h = openHarness(tempFolder());
    h.store.db
      .prepare(
        `INSERT INTO hub_connections (home_id, hub_url, hub_home_id, credential, connected_at)
         VALUES (?, 'https://hub.example.org', 'hub-home-1', 'secret', '2026-11-01T09:00:00.000Z')`,
      )
      .run(h.homeId);
    const reviewId = await readyReview(h, '2026-Q3');
    await h.call('reviews.complete', { reviewId, ...signOff });
    await h.call('reviews.reopen', { reviewId, reason: 'A late Reg 44 report', byName: 'Sam Patel' });
    const queued = h.store.db
      .prepare<[number], { kind: string; body: string }>(
        'SELECT kind, body FROM hub_outbox WHERE home_id = ? ORDER BY seq',
      )
      .all(h.homeId)
      .map((r) => [r.kind, (JSON.parse(r.body) as { quarter?: string }).quarter]);
    expect(queued).toEqual([
      ['review.signed_off', '2026-Q3'],
      ['review.reopened', '2026-Q3'],
    ]);
  });
});
