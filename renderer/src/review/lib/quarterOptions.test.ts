import { describe, expect, it } from 'vitest';
import { defaultStartQuarter, startableQuarters } from './quarterOptions';

const NOW = new Date('2026-11-26T10:00:00'); // in Oct to Dec 2026

describe('the quarter a new review is for', () => {
  it('is the quarter just ended when the home has no reviews', () => {
    expect(defaultStartQuarter([], NOW)).toBe('2026-Q3');
  });

  it('is the next quarter without a review after the latest one', () => {
    expect(defaultStartQuarter(['2026-Q1'], NOW)).toBe('2026-Q2');
    expect(defaultStartQuarter(['2026-Q1', '2026-Q2'], NOW)).toBe('2026-Q3');
  });

  it('is this quarter, not ended yet, only once the quarter just ended is reviewed', () => {
    expect(defaultStartQuarter(['2026-Q2', '2026-Q3'], NOW)).toBe('2026-Q4');
    expect(defaultStartQuarter(['2026-Q4'], NOW)).toBe('2026-Q4');
  });

  it('labels this quarter as not ended yet', () => {
    expect(startableQuarters(NOW)[0]).toEqual({
      value: '2026-Q4',
      label: 'Oct to Dec 2026 (this quarter, not ended yet)',
    });
    expect(startableQuarters(NOW)[1]!.label).toBe('Jul to Sep 2026');
  });
});
