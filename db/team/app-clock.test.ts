import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('the team meeting on the app’s own clock', () => {
  it('opens and ends a rating round and dates an agreement now, with a store opened as the app opens it', () => {
    // The desktop app gives the store no clock: the handlers fall back to the computer's.
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: '1.0.0' });
    const h = store.handlers;
    const homeId = h['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 4 }).id;
    const review = h['reviews.start']({ homeId, quarter: '2026-Q3' });
    const round = h['teamRound.open']({ reviewId: review.id, domainKeys: ['leadership'] });
    expect(h['teamRound.close']({ roundId: round.id })).toMatchObject({ id: round.id, closed: true });

    const before = Date.now();
    const meeting = h['meeting.agree']({
      reviewId: review.id,
      indicatorKey: review.indicators[0]!.key,
      rating: 3,
      reasoning: 'Agreed at the meeting.',
    });
    const agreedAt = Date.parse(meeting.items[0]!.indicator!.agreed[0]!.agreedAt);
    expect(agreedAt).toBeGreaterThanOrEqual(before);
    expect(agreedAt).toBeLessThanOrEqual(Date.now());
    store.close();
  });
});
