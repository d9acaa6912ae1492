import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('every team meeting of a home (meeting.list)', () => {
  it('gives each review’s meeting, oldest quarter first, exactly as meeting.get gives it', async () => {
    const { call, homeId } = openHarness(tempFolder());
    // Started out of order, so the list must sort rather than follow the ids.
    const later = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    const earlier = await call('reviews.start', { homeId, quarter: '2026-Q2' });
    const key = earlier.indicators[0]!.key;
    await call('meeting.agree', { reviewId: earlier.id, indicatorKey: key, rating: 2, reasoning: 'Nights.' });
    await call('meeting.record', {
      reviewId: earlier.id,
      heldOn: '2026-07-03',
      attendees: 'Sam, Jo',
      notes: '',
    });

    const meetings = await call('meeting.list', { homeId });
    expect(meetings.map((m) => [m.quarter, m.heldOn])).toEqual([
      ['2026-Q2', '2026-07-03'],
      ['2026-Q3', null],
    ]);
    expect(meetings[0]).toEqual(await call('meeting.get', { reviewId: earlier.id }));
    expect(meetings[1]).toEqual(await call('meeting.get', { reviewId: later.id }));
    expect(meetings[0]!.items.find((i) => i.indicator?.key === key)?.indicator?.agreed).toHaveLength(1);
  });

  it('gives nothing for a home without reviews, and nothing of another home’s', async () => {
    const { call, store, homeId } = openHarness(tempFolder());
    await call('reviews.start', { homeId, quarter: '2026-Q3' });
    const other = store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 3,
    });
    expect(await call('meeting.list', { homeId: other.id })).toEqual([]);
    expect(await call('meeting.list', { homeId })).toHaveLength(1);
  });

  it('refuses a home id that is not a number', async () => {
    const { attempt } = openHarness(tempFolder());
    expect(await attempt('meeting.list', { homeId: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
