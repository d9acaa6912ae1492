import { describe, expect, it } from 'vitest';
import { idleTimeIsUp } from './idle-time';

describe('the app lock’s idle time', () => {
  it('is up when the whole idle time has passed since the last use, not a moment before', () => {
    const start = Date.parse('2026-12-07T10:00:00Z');
    expect(idleTimeIsUp(start, start + 10 * 60_000 - 1, 10)).toBe(false);
    expect(idleTimeIsUp(start, start + 10 * 60_000, 10)).toBe(true);
  });
});
