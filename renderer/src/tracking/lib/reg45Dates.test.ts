import { describe, expect, it } from 'vitest';
import { addMonths } from '@contract/rules/dates';
import { nextReg45Due, parseCompletedOn } from './reg45Dates';

const NOW = new Date('2026-11-26T10:00:00');

describe('parseCompletedOn', () => {
  it('reads day, month and year as an ISO date', () => {
    expect(parseCompletedOn('14/09/2026', NOW)).toEqual({ ok: true, iso: '2026-09-14' });
    expect(parseCompletedOn(' 4/9/26 ', NOW)).toEqual({ ok: true, iso: '2026-09-04' });
    expect(parseCompletedOn('26.11.2026', NOW)).toEqual({ ok: true, iso: '2026-11-26' });
  });

  it('explains each kind of mistake', () => {
    expect(parseCompletedOn('', NOW)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Enter the date/),
    });
    expect(parseCompletedOn('September', NOW)).toMatchObject({
      message: expect.stringMatching(/day, month and year/),
    });
    expect(parseCompletedOn('31/02/2026', NOW)).toMatchObject({
      message: expect.stringMatching(/real date/),
    });
    expect(parseCompletedOn('27/11/2026', NOW)).toMatchObject({
      message: expect.stringMatching(/today or earlier/),
    });
  });
});

describe('Reg 45 due dates', () => {
  it('adds six months, keeping the day where it exists', () => {
    expect(addMonths('2026-03-14', 6)).toBe('2026-09-14');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('counts from the latest recorded review', () => {
    expect(nextReg45Due(['2026-06-01', '2025-12-01'])).toBe('2026-12-01');
    expect(nextReg45Due([])).toBeNull();
  });
});
