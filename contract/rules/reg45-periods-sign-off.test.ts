import { describe, expect, it } from 'vitest';
import { reg45SignOffPeriodProblem } from './reg45-periods-sign-off';
import type { Reg45Period } from './reg45-periods';

const APR_SEP_2026 = { start: '2026-04-01', end: '2026-09-30' };
const rec = (id: number, periodStart: string | null, periodEnd: string | null): Reg45Period => ({
  id,
  periodStart,
  periodEnd,
});

describe('reg45SignOffPeriodProblem: a quarter-aligned draft beside the recorded Reg 45 periods', () => {
  it.each([
    ['no records at all', []],
    ['only records without dates', [rec(1, null, null)]],
    ['the previous period ending the day before', [rec(1, '2025-10-01', '2026-03-31')]],
    ['the record for this very period (the one sign-off completes)', [rec(1, '2026-04-01', '2026-09-30')]],
    [
      'this period and the one before it',
      [rec(1, '2025-10-01', '2026-03-31'), rec(2, '2026-04-01', '2026-09-30')],
    ],
    ['a next period starting the day after', [rec(1, '2026-10-01', '2027-03-31')]],
  ])('has nothing to say with %s', (_, records) => {
    expect(reg45SignOffPeriodProblem(APR_SEP_2026, records)).toBeNull();
  });

  it.each([
    [
      'a February to July cycle overlapping the draft',
      [rec(1, '2025-08-01', '2026-01-31'), rec(2, '2026-02-01', '2026-07-31')],
      'This draft covers 1 April 2026 to 30 September 2026. This period overlaps the Reg 45 period already recorded for 1 February 2026 to 31 July 2026: start this one on 1 August 2026, the day after it ends.',
    ],
    [
      'a gap after the previous period',
      [rec(1, '2025-08-01', '2026-01-31')],
      'This draft covers 1 April 2026 to 30 September 2026. This leaves a gap after the Reg 45 period recorded for 1 August 2025 to 31 January 2026: start this one on 1 February 2026, the day after it ends.',
    ],
    [
      'a later period overlapping the draft’s end',
      [rec(1, '2025-10-01', '2026-03-31'), rec(2, '2026-09-01', '2027-02-28')],
      'This draft covers 1 April 2026 to 30 September 2026. This period overlaps the Reg 45 period already recorded for 1 September 2026 to 28 February 2027: end this one on 31 August 2026, the day before it starts.',
    ],
    [
      'the same period recorded with a different end',
      [rec(1, '2026-04-01', '2026-08-31')],
      'This draft covers 1 April 2026 to 30 September 2026. This period overlaps the Reg 45 period already recorded for 1 April 2026 to 31 August 2026: start this one on 1 September 2026, the day after it ends.',
    ],
  ])('names the recorded period and the dates that would fit with %s', (_, records, message) => {
    expect(reg45SignOffPeriodProblem(APR_SEP_2026, records)).toBe(message);
  });
});
