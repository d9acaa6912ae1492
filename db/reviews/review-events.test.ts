import { describe, expect, it } from 'vitest';
import type { Rating } from '../../contract/framework';
import { currentFramework } from '../framework';
import { reviewEvents } from './review-events';
import type { AgreedRow, EventRow, IndicatorRow } from './review-rows';

const [first, second] = currentFramework.domains;

function indicator(key: string, domainKey: string, position: number): IndicatorRow {
  return {
    review_id: 1,
    indicator_key: key,
    domain_key: domainKey,
    position,
    custom_statement: null,
    rating: null,
    note: '',
    sources: '[]',
    other_source: '',
    discuss: 0,
    updated_at: null,
    records_reason: '',
    checked_same_on: null,
  };
}

function agreed(key: string, rating: Rating, earlier: Rating | null, at: string): AgreedRow {
  return {
    indicator_key: key,
    rating,
    earlier_rating: earlier,
    reasoning: `Agreed ${rating}`,
    agreed_at: at,
    held_on: '2026-10-02',
  };
}

const started: EventRow = { kind: 'started', at: '2026-10-01T09:00:00.000Z', by_name: 'Sam', reason: null };
const reopened: EventRow = {
  kind: 'reopened',
  at: '2026-10-05T09:00:00.000Z',
  by_name: 'Sam',
  reason: 'A late Reg 44 report',
};

// Indicators of two domains, interleaved as a custom indicator added later would be.
const rows = [
  indicator('a1', first!.key, 1),
  indicator('b1', second!.key, 2),
  indicator('a2', first!.key, 3),
  indicator('a3', first!.key, 4),
  indicator('lost', 'no-such-domain', 5),
];

describe('a review’s history', () => {
  it('numbers each agreed indicator by its domain’s number and its place in that domain', () => {
    const events = reviewEvents(
      [],
      [
        agreed('a3', 3, 2, '2026-10-02T10:00:00.000Z'),
        agreed('b1', 2, 3, '2026-10-02T10:01:00.000Z'),
        agreed('lost', 2, null, '2026-10-02T10:02:00.000Z'),
        agreed('not-in-review', 2, null, '2026-10-02T10:03:00.000Z'),
      ],
      rows,
      currentFramework,
    );
    expect(events.map((e) => e.agreed?.number)).toEqual([
      `${first!.number}.3`,
      `${second!.number}.1`,
      '?.1',
      '?',
    ]);
  });

  it('keeps the manager’s own rating as the one the first agreement replaced, for every later one', () => {
    const events = reviewEvents(
      [],
      [
        agreed('a1', 3, 1, '2026-10-02T10:00:00.000Z'),
        agreed('a2', 4, 3, '2026-10-02T10:01:00.000Z'),
        agreed('a1', 2, 3, '2026-10-03T10:00:00.000Z'),
      ],
      rows,
      currentFramework,
    );
    expect(events).toEqual([
      {
        kind: 'agreed',
        at: '2026-10-02T10:00:00.000Z',
        byName: null,
        reason: 'Agreed 3',
        agreed: {
          indicatorKey: 'a1',
          number: `${first!.number}.1`,
          rating: 3,
          earlier: 1,
          own: 1,
          meetingOn: '2026-10-02',
        },
      },
      expect.objectContaining({ agreed: expect.objectContaining({ indicatorKey: 'a2', own: 3 }) }),
      expect.objectContaining({ agreed: expect.objectContaining({ rating: 2, earlier: 3, own: 1 }) }),
    ]);
  });

  it('interleaves the review’s own events with agreed ratings by time, the review’s first on a tie', () => {
    const events = reviewEvents(
      [started, reopened],
      [
        agreed('a1', 3, 2, '2026-10-01T09:00:00.000Z'),
        agreed('a2', 3, 2, '2026-10-03T09:00:00.000Z'),
        agreed('a3', 3, 2, '2026-10-06T09:00:00.000Z'),
      ],
      rows,
      currentFramework,
    );
    expect(events.map((e) => [e.kind, e.agreed?.indicatorKey ?? e.reason])).toEqual([
      ['started', null],
      ['agreed', 'a1'],
      ['agreed', 'a2'],
      ['reopened', 'A late Reg 44 report'],
      ['agreed', 'a3'],
    ]);
    expect(events[0]).toEqual({ kind: 'started', at: started.at, byName: 'Sam', reason: null });
  });
});
