import { describe, expect, it } from 'vitest';
import { addDays, quarterOfIso } from '@contract/rules/dates';
import { addQuarters, quarterDates } from '@contract/rules/quarters';
import { reg45Period } from '@contract/reg45-draft';
import { recordsUntil, within } from './actionGroups';

/** Six years of quarters, a leap year among them. */
const QUARTERS = Array.from({ length: 24 }, (_, i) => addQuarters('2023-Q1', i));

describe('a report period', () => {
  it('holds its first and last day, and not the day either side (written out for one year)', () => {
    expect(QUARTERS.slice(12, 16).map(quarterDates)).toEqual([
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-06-30' },
      { start: '2026-07-01', end: '2026-09-30' },
      { start: '2026-10-01', end: '2026-12-31' },
    ]);
    expect(within('2026-09-30', '2026-07-01', '2026-09-30')).toBe(true);
    expect(within('2026-07-01', '2026-07-01', '2026-09-30')).toBe(true);
    expect(within('2026-06-30', '2026-07-01', '2026-09-30')).toBe(false);
    expect(within('2026-10-01', '2026-07-01', '2026-09-30')).toBe(false);
  });

  it.each(QUARTERS)('%s: its first and last day are in it, the days either side are not', (quarter) => {
    const { start, end } = quarterDates(quarter);
    expect([quarterOfIso(start), quarterOfIso(end)]).toEqual([quarter, quarter]);
    expect(quarterOfIso(addDays(start, -1))).toBe(addQuarters(quarter, -1));
    expect(quarterOfIso(addDays(end, 1))).toBe(addQuarters(quarter, 1));
    expect([within(start, start, end), within(end, start, end)]).toEqual([true, true]);
    expect([within(addDays(start, -1), start, end), within(addDays(end, 1), start, end)]).toEqual([
      false,
      false,
    ]);
  });

  it.each(QUARTERS)(
    'the Reg 45 six months ending %s run from the first day of the quarter before to its last',
    (last) => {
      const { start, end } = reg45Period(last);
      expect(start).toBe(quarterDates(addQuarters(last, -1)).start);
      expect(end).toBe(quarterDates(last).end);
      expect([within(start, start, end), within(end, start, end)]).toEqual([true, true]);
      expect(within(addDays(end, 1), start, end)).toBe(false);
    },
  );

  it('keeps 29 February in the first quarter of a leap year', () => {
    const { start, end } = quarterDates('2028-Q1');
    expect(within('2028-02-29', start, end)).toBe(true);
    expect(end).toBe('2028-03-31');
  });
});

describe('the records a report holds', () => {
  it('runs to the day it is printed in the quarter after its period, and to its end otherwise', () => {
    // The draft for April to September 2026, printed on 7 December 2026, holds November's visit.
    expect(recordsUntil('2026-Q3', '2026-12-07')).toBe('2026-12-07');
    expect(recordsUntil('2026-Q3', '2026-10-01')).toBe('2026-10-01');
    // Printed during its last quarter: to the quarter's end.
    expect(recordsUntil('2026-Q3', '2026-08-15')).toBe('2026-09-30');
    // Printed later: what came after belongs to the next report.
    expect(recordsUntil('2026-Q2', '2026-12-07')).toBe('2026-06-30');
    expect(recordsUntil('2025-Q1', '2026-12-07')).toBe('2025-03-31');
  });
});
