import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, LONGEST_RETRY_MS, retryDelayMs } from './backoff';

describe('retry delays', () => {
  it('double from 5 seconds to at most 15 minutes, between half and all of each step', () => {
    const low = (n: number) => retryDelayMs(n, () => 0);
    const high = (n: number) => retryDelayMs(n, () => 1);
    expect([1, 2, 3, 4].map(high)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect([1, 2, 3, 4].map(low)).toEqual([2_500, 5_000, 10_000, 20_000]);
    expect(high(9)).toBe(LONGEST_RETRY_MS);
    expect(high(1_000)).toBe(LONGEST_RETRY_MS);
    expect(low(1_000)).toBe(LONGEST_RETRY_MS / 2);
    expect(retryDelayMs(0)).toBe(0);
    expect(high(1)).toBe(FIRST_RETRY_MS);
  });
});
