import { describe, expect, it } from 'vitest';
import { idleMinutes, idleMinutesOrDefault } from './app-lock';
import { waitAfterWrongPins } from './locked-mode';

describe('the app lock’s rules', () => {
  it('accepts an idle time of 5 to 60 whole minutes only', () => {
    for (const ok of [5, 10, 60]) expect(idleMinutes.safeParse(ok).success, String(ok)).toBe(true);
    for (const bad of [0, 4, 61, 10.5, Number.NaN, '10']) {
      expect(idleMinutes.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it('reads a stored idle time out of range as the default of 10 minutes', () => {
    expect(idleMinutesOrDefault(30)).toBe(30);
    expect(idleMinutesOrDefault(Number.NaN)).toBe(10);
    expect(idleMinutesOrDefault(600)).toBe(10);
  });

  it('lets five wrong tries go free, then waits 30 seconds, doubling up to 15 minutes', () => {
    expect([0, 4].map(waitAfterWrongPins)).toEqual([0, 0]);
    expect([5, 6, 7, 10, 20].map(waitAfterWrongPins)).toEqual([30, 60, 120, 900, 900]);
  });
});
