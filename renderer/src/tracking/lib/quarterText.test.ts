import { describe, expect, it } from 'vitest';
import { quarterRange, quartersUpTo, shortQuarter } from './quarterText';

describe('quarter text', () => {
  it('writes quarters by their months, never "Q3 2026" alone', () => {
    expect(shortQuarter('2026-Q3')).toBe('Jul to Sep 2026');
    expect(shortQuarter('2026-Q1')).toBe('Jan to Mar 2026');
  });

  it('lists every quarter between two, across a year end', () => {
    expect(quarterRange('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quarterRange('2026-Q2', '2026-Q2')).toEqual(['2026-Q2']);
    expect(quarterRange('2026-Q3', '2026-Q2')).toEqual([]);
  });

  it('lists the latest quarters up to one, oldest first', () => {
    expect(quartersUpTo('2026-Q1', 3)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
  });
});
