import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '@contract/dashboard';
import { gradeSeries, labelledIndexes } from './series';

const point = (quarter: string, staffing: 1 | 2 | 3 | 4 | null): HistoryPoint => ({
  reviewId: 1,
  quarter,
  frameworkVersion: 1,
  overall: 3,
  judgements: staffing === null ? {} : { staffing },
  sccif: null,
});

describe('gradeSeries', () => {
  it('leaves gaps for skipped quarters and missing judgements', () => {
    const history = [point('2025-Q4', 3), point('2026-Q2', null), point('2026-Q3', 2)];
    expect(gradeSeries(history, (p) => p.judgements.staffing ?? null)).toEqual([
      { quarter: '2025-Q4', grade: 3 },
      { quarter: '2026-Q1', grade: null },
      { quarter: '2026-Q2', grade: null },
      { quarter: '2026-Q3', grade: 2 },
    ]);
  });

  it('is empty without reviews', () => {
    expect(gradeSeries([], (p) => p.overall)).toEqual([]);
  });
});

describe('labelledIndexes', () => {
  it('labels every point when there is room', () => {
    expect([...labelledIndexes(4, 300, 60)].sort()).toEqual([0, 1, 2, 3]);
  });

  it('thins labels counting back from the latest', () => {
    expect([...labelledIndexes(9, 320, 70)].sort((a, b) => a - b)).toEqual([0, 2, 4, 6, 8]);
    expect(labelledIndexes(12, 200, 70).has(11)).toBe(true);
  });
});
