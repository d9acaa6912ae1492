import { describe, expect, it } from 'vitest';
import type { Grade } from '../framework';
import { movement, stability, streaks, type GradePoint } from './trends';

const points = (entries: [string, Grade | null][]): GradePoint[] =>
  entries.map(([quarter, grade]) => ({ quarter, grade }));

describe('movement', () => {
  it.each([
    [2, 3, 'improved'],
    [3, 3, 'sustained'],
    [4, 2, 'declined'],
    [null, 3, null],
    [3, undefined, null],
  ] as const)('from %s to %s is %s', (previous, current, expected) => {
    expect(movement(previous, current)).toBe(expected);
  });
});

describe('streaks', () => {
  it('counts consecutive quarters at Good or better and at Outstanding, up to the latest', () => {
    const history = points([
      ['2025-Q1', 2],
      ['2025-Q2', 3],
      ['2025-Q3', 4],
      ['2025-Q4', 4],
    ]);
    expect(streaks(history)).toEqual({ goodOrBetter: 3, outstanding: 2 });
  });

  it('is broken by a skipped quarter', () => {
    const history = points([
      ['2025-Q1', 4],
      ['2025-Q2', 4],
      ['2025-Q4', 4],
    ]);
    expect(streaks(history)).toEqual({ goodOrBetter: 1, outstanding: 1 });
  });

  it('is zero when the latest review is below Good', () => {
    expect(
      streaks(
        points([
          ['2025-Q1', 4],
          ['2025-Q2', 2],
        ]),
      ),
    ).toEqual({ goodOrBetter: 0, outstanding: 0 });
  });

  it('handles a single review and no reviews', () => {
    expect(streaks(points([['2025-Q1', 3]]))).toEqual({ goodOrBetter: 1, outstanding: 0 });
    expect(streaks([])).toEqual({ goodOrBetter: 0, outstanding: 0 });
  });

  it('treats a domain missing from a review (another framework version) as a break', () => {
    expect(
      streaks(
        points([
          ['2025-Q1', 3],
          ['2025-Q2', null],
          ['2025-Q3', 3],
        ]),
      ),
    ).toEqual({ goodOrBetter: 1, outstanding: 0 });
  });
});

describe('stability', () => {
  it('counts grade changes within the last eight quarters only', () => {
    const history = points([
      ['2023-Q1', 1], // outside the window
      ['2024-Q2', 3],
      ['2024-Q3', 2],
      ['2024-Q4', 3],
      ['2025-Q1', 3],
      ['2025-Q2', 3],
      ['2025-Q3', 4],
      ['2025-Q4', 4],
      ['2026-Q1', 4],
    ]);
    expect(stability(history, '2026-Q1')).toEqual({ changes: 3, reviews: 8 });
  });

  it('compares across a gap without inventing the missing quarter', () => {
    expect(
      stability(
        points([
          ['2025-Q1', 3],
          ['2025-Q3', 2],
        ]),
        '2025-Q3',
      ),
    ).toEqual({ changes: 1, reviews: 2 });
  });

  it('is steady for a single review', () => {
    expect(stability(points([['2025-Q1', 3]]), '2025-Q1')).toEqual({ changes: 0, reviews: 1 });
  });
});
