import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseTypedDate, todayTyped } from './dates';

const now = new Date(2026, 10, 26, 15, 0);

describe('typed dates', () => {
  it('reads day/month/year into an ISO date', () => {
    expect(parseTypedDate('05/10/2026', now)).toEqual({ ok: true, iso: '2026-10-05' });
    expect(parseTypedDate(' 5/10/26 ', now)).toEqual({ ok: true, iso: '2026-10-05' });
    expect(parseTypedDate('26-11-2026', now)).toEqual({ ok: true, iso: '2026-11-26' });
  });

  it('explains what is wrong', () => {
    expect(parseTypedDate('', now)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Enter the date'),
    });
    expect(parseTypedDate('2026-10-05', now)).toMatchObject({
      message: expect.stringContaining('day, month'),
    });
    expect(parseTypedDate('31/02/2026', now)).toMatchObject({
      message: expect.stringContaining('real date'),
    });
    expect(parseTypedDate('27/11/2026', now)).toMatchObject({
      message: expect.stringContaining('today or earlier'),
    });
  });

  it('writes dates the British way', () => {
    expect(todayTyped(now)).toBe('26/11/2026');
    expect(formatIsoDate('2026-10-05')).toBe('5 October 2026');
  });
});
