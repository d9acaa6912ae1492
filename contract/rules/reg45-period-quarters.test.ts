import { describe, expect, it } from 'vitest';
import { monthsWords, reg45PeriodQuarters } from './reg45-period-quarters';

describe('reg45PeriodQuarters: the quarters a Reg 45 period draws on, and which months of each', () => {
  it('gives the two whole quarters of a quarter-aligned period, with nothing to say about either', () => {
    expect(reg45PeriodQuarters('2026-04', '2026-09')).toEqual([
      { quarter: '2026-Q2', firstMonth: '2026-04', lastMonth: '2026-06', partial: null },
      { quarter: '2026-Q3', firstMonth: '2026-07', lastMonth: '2026-09', partial: null },
    ]);
  });

  it('gives three quarters for February to July, saying which months of the first and last fall in it', () => {
    expect(reg45PeriodQuarters('2026-02', '2026-07')).toEqual([
      {
        quarter: '2026-Q1',
        firstMonth: '2026-02',
        lastMonth: '2026-03',
        partial: 'February and March 2026 only fall in this period',
      },
      { quarter: '2026-Q2', firstMonth: '2026-04', lastMonth: '2026-06', partial: null },
      {
        quarter: '2026-Q3',
        firstMonth: '2026-07',
        lastMonth: '2026-07',
        partial: 'July 2026 only falls in this period',
      },
    ]);
  });

  it('crosses the year: November to April', () => {
    expect(reg45PeriodQuarters('2025-11', '2026-04').map((q) => [q.quarter, q.partial])).toEqual([
      ['2025-Q4', 'November and December 2025 only fall in this period'],
      ['2026-Q1', null],
      ['2026-Q2', 'April 2026 only falls in this period'],
    ]);
  });

  it('gives one quarter, in part, for a single month', () => {
    expect(reg45PeriodQuarters('2026-05', '2026-05')).toEqual([
      {
        quarter: '2026-Q2',
        firstMonth: '2026-05',
        lastMonth: '2026-05',
        partial: 'May 2026 only falls in this period',
      },
    ]);
  });
});

describe('monthsWords: a period read as people say it', () => {
  it.each([
    ['2026-02', '2026-07', 'February to July 2026'],
    ['2025-10', '2026-03', 'October 2025 to March 2026'],
    ['2026-07', '2026-07', 'July 2026'],
  ])('%s to %s is "%s"', (first, last, words) => {
    expect(monthsWords(first, last)).toBe(words);
  });
});
