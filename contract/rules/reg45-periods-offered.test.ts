import { describe, expect, it } from 'vitest';
import { reg45OfferedPeriod } from './reg45-periods-offered';
import type { Reg45Period } from './reg45-periods';
import { reg45SignOffPeriodProblem } from './reg45-periods-sign-off';

const record = (id: number, periodStart: string | null, periodEnd: string | null): Reg45Period => ({
  id,
  periodStart,
  periodEnd,
});

const quarterAligned = [record(1, '2025-10-01', '2026-03-31')];
const februaryCycle = [record(1, '2025-08-01', '2026-01-31')];
const februaryCycleSigned = [...februaryCycle, record(2, '2026-02-01', '2026-07-31')];

describe('reg45OfferedPeriod: the period a Reg 45 draft is offered for follows the home’s own cycle', () => {
  it.each([
    ['nothing recorded: two whole quarters', '2026-Q3', [], '2026-04-01', '2026-09-30', false],
    [
      'only records without dates: two whole quarters',
      '2026-Q3',
      [record(1, null, null)],
      '2026-04-01',
      '2026-09-30',
      false,
    ],
    [
      'a quarter-aligned cycle follows on with whole quarters',
      '2026-Q3',
      quarterAligned,
      '2026-04-01',
      '2026-09-30',
      false,
    ],
    [
      'a February to July cycle: February to July',
      '2026-Q3',
      februaryCycle,
      '2026-02-01',
      '2026-07-31',
      false,
    ],
    [
      'a February to July cycle viewed a quarter early: still February to July',
      '2026-Q2',
      februaryCycle,
      '2026-02-01',
      '2026-07-31',
      false,
    ],
    [
      'a completed February to July period signed again: the recorded period',
      '2026-Q3',
      februaryCycleSigned,
      '2026-02-01',
      '2026-07-31',
      true,
    ],
    [
      'a recorded period ending in the quarter: that period',
      '2026-Q1',
      februaryCycle,
      '2025-08-01',
      '2026-01-31',
      true,
    ],
    [
      'before anything was recorded: two whole quarters',
      '2025-Q2',
      februaryCycle,
      '2025-01-01',
      '2025-06-30',
      false,
    ],
    [
      'a shorter space between two records: filled exactly',
      '2026-Q2',
      [record(1, '2025-08-01', '2025-12-31'), record(2, '2026-04-01', '2026-09-30')],
      '2026-01-01',
      '2026-03-31',
      false,
    ],
  ])('%s', (_, lastQuarter, records, start, end, recorded) => {
    expect(reg45OfferedPeriod(lastQuarter, records)).toEqual({ start, end, recorded });
  });

  it.each([
    ['nothing recorded', []],
    ['a quarter-aligned cycle', quarterAligned],
    ['a February to July cycle', februaryCycle],
    ['a completed period signed again', februaryCycleSigned],
  ])('offers a period sign-off asks no reason for: %s', (_, records) => {
    expect(reg45SignOffPeriodProblem(reg45OfferedPeriod('2026-Q3', records), records)).toBeNull();
  });
});
