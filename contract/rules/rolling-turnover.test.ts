import { describe, expect, it } from 'vitest';
import { rollingPeriodLabel, rollingTurnover, yearEnding } from './rolling-turnover';

describe('rolling 12-month staff turnover', () => {
  it('works the example: 4 leavers over a year with an average of 10 staff is 40%', () => {
    // Quarter averages: (10+10)/2 = 10, (10+11)/2 = 10.5, (11+9)/2 = 10, (9+10)/2 = 9.5; mean 10.
    const year = [
      { staffAtStart: 10, staffAtEnd: 10, staffLeft: 1 },
      { staffAtStart: 10, staffAtEnd: 11, staffLeft: 0 },
      { staffAtStart: 11, staffAtEnd: 9, staffLeft: 2 },
      { staffAtStart: 9, staffAtEnd: 10, staffLeft: 1 },
    ];
    expect(rollingTurnover(year)).toBe(40);
  });

  it('gives nothing for part of a year, so a quarter never passes for 12 months', () => {
    const q = { staffAtStart: 10, staffAtEnd: 10, staffLeft: 1 };
    expect(rollingTurnover([null, q, q, q])).toBeNull();
    expect(rollingTurnover([q, q, q])).toBeNull();
    expect(rollingTurnover([q, q, { staffAtStart: 10, staffAtEnd: 10 }, q])).toBeNull();
    expect(
      rollingTurnover([0, 0, 0, 0].map(() => ({ staffAtStart: 0, staffAtEnd: 0, staffLeft: 0 }))),
    ).toBeNull();
  });

  it('takes the four quarters ending with the one asked for, oldest first', () => {
    const entered = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'].map((quarter, i) => ({
      quarter,
      values: { staffLeft: i },
    }));
    expect(yearEnding('2026-Q1', entered).map((v) => v?.staffLeft)).toEqual([1, 2, 3, 4]);
    expect(yearEnding('2025-Q2', entered).map((v) => v?.staffLeft ?? null)).toEqual([null, null, 0, 1]);
  });

  it('labels its period in months', () => {
    expect(rollingPeriodLabel('2026-Q1')).toBe('Apr 2025 to Mar 2026');
    expect(rollingPeriodLabel('2026-Q4')).toBe('Jan 2026 to Dec 2026');
  });
});
