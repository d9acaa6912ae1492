import { describe, expect, it } from 'vitest';
import type { Grade } from '../framework';
import { movement, stability, streaks, type GradePoint } from './trends';

const points = (list: [string, Grade | null][]): GradePoint[] =>
  list.map(([quarter, grade]) => ({ quarter, grade }));

describe('trends, at their edges', () => {
  it('says improved, sustained or declined only when both grades exist', () => {
    expect(movement(2, 3)).toBe('improved');
    expect(movement(3, 3)).toBe('sustained');
    expect(movement(3, 2)).toBe('declined');
    expect(movement(null, 3)).toBeNull();
    expect(movement(3, undefined)).toBeNull();
  });

  it('counts a streak of Good and Outstanding separately, stopping at a lower grade', () => {
    expect(
      streaks(
        points([
          ['2025-Q1', 4],
          ['2025-Q2', 2],
          ['2025-Q3', 3],
          ['2025-Q4', 4],
          ['2026-Q1', 4],
        ]),
      ),
    ).toEqual({ goodOrBetter: 3, outstanding: 2 });
  });

  it('stops a streak at a review with no grade', () => {
    expect(
      streaks(
        points([
          ['2025-Q3', 4],
          ['2025-Q4', null],
          ['2026-Q1', 4],
        ]),
      ),
    ).toEqual({ goodOrBetter: 1, outstanding: 1 });
  });

  it('counts only reviews in the window, oldest edge included and future ones left out', () => {
    const history = points([
      ['2024-Q1', 1], // nine quarters back: outside an eight-quarter window
      ['2024-Q2', 3], // the oldest quarter inside it
      ['2025-Q1', 4],
      ['2026-Q1', 3],
      ['2026-Q3', 1], // after the latest quarter asked about
    ]);
    expect(stability(history, '2026-Q1')).toEqual({ changes: 2, reviews: 3 });
    expect(stability(history, '2026-Q1', 2)).toEqual({ changes: 0, reviews: 1 });
  });

  it('leaves reviews without a grade out of the count', () => {
    expect(
      stability(
        points([
          ['2025-Q4', 3],
          ['2026-Q1', null],
          ['2026-Q2', 3],
        ]),
        '2026-Q2',
      ),
    ).toEqual({ changes: 0, reviews: 2 });
  });
});
