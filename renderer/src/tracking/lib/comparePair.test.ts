import { describe, expect, it } from 'vitest';
import type { ReviewSummary } from '@contract/review';
import { defaultPair, pickerOrder } from './comparePair';

function review(id: number, quarter: string, status: ReviewSummary['status']): ReviewSummary {
  return {
    id,
    homeId: 1,
    quarter,
    status,
    frameworkVersion: 2,
    overall: null,
    rated: 0,
    total: 10,
    completedAt: status === 'completed' ? `${quarter}-done` : null,
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

describe('defaultPair', () => {
  it('opens on the two latest completed reviews once the next draft is started', () => {
    const list = [
      review(3, '2026-Q3', 'draft'),
      review(2, '2026-Q2', 'completed'),
      review(1, '2026-Q1', 'completed'),
    ];
    expect(defaultPair(list)).toEqual({ beforeId: 1, afterId: 2 });
  });

  it('skips an older completed review and takes the latest two, earlier first, whatever the order given', () => {
    const list = [
      review(1, '2025-Q3', 'completed'),
      review(4, '2026-Q2', 'draft'),
      review(3, '2026-Q1', 'completed'),
      review(2, '2025-Q4', 'completed'),
    ];
    expect(defaultPair(list)).toEqual({ beforeId: 2, afterId: 3 });
  });

  it('falls back to the latest two of any kind with fewer than two completed', () => {
    const list = [review(1, '2026-Q1', 'completed'), review(2, '2026-Q2', 'draft')];
    expect(defaultPair(list)).toEqual({ beforeId: 1, afterId: 2 });
  });

  it('has nothing to compare with one review', () => {
    expect(defaultPair([review(1, '2026-Q1', 'draft')])).toBeNull();
    expect(defaultPair([])).toBeNull();
  });
});

describe('pickerOrder', () => {
  it('lists completed reviews newest first, then drafts last', () => {
    const list = [
      review(1, '2025-Q4', 'completed'),
      review(3, '2026-Q2', 'draft'),
      review(2, '2026-Q1', 'completed'),
    ];
    expect(pickerOrder(list).map((r) => r.id)).toEqual([2, 1, 3]);
  });
});
