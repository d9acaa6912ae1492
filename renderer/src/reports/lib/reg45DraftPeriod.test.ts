import { describe, expect, it } from 'vitest';
import { parseReportPath } from '@contract/reports';
import {
  draftPeriodInput,
  draftPeriodPrintPath,
  draftPeriodWords,
  offeredDraftPeriod,
} from './reg45DraftPeriod';

const record = (id: number, periodStart: string | null, periodEnd: string | null) => ({
  id,
  periodStart,
  periodEnd,
});

describe('the period the Reg 45 analysis screen works on', () => {
  it('is the two quarters, asked for by quarter alone, for a home with no records', () => {
    const period = offeredDraftPeriod('2026-Q3', []);
    expect(period).toEqual({
      quarter: '2026-Q3',
      firstMonth: '2026-04',
      lastMonth: '2026-09',
      twoQuarters: true,
    });
    expect(draftPeriodInput(period)).toEqual({ quarter: '2026-Q3' });
    expect(draftPeriodWords(period)).toBe('Apr to Jun 2026 and Jul to Sep 2026');
    expect(draftPeriodPrintPath(4, period)).toBe('/print/reg45-draft/4/2026-Q3');
  });

  it('is the two quarters for a home whose cycle is whole quarters', () => {
    const period = offeredDraftPeriod('2026-Q3', [record(1, '2025-10-01', '2026-03-31')]);
    expect(period.twoQuarters).toBe(true);
    expect(draftPeriodInput(period)).toEqual({ quarter: '2026-Q3' });
  });

  it('follows a February to July cycle, by its months', () => {
    const period = offeredDraftPeriod('2026-Q3', [record(1, '2025-08-01', '2026-01-31')]);
    expect(period).toEqual({
      quarter: '2026-Q3',
      firstMonth: '2026-02',
      lastMonth: '2026-07',
      twoQuarters: false,
    });
    expect(draftPeriodInput(period)).toEqual({
      quarter: '2026-Q3',
      firstMonth: '2026-02',
      lastMonth: '2026-07',
    });
    expect(draftPeriodWords(period)).toBe('February to July 2026');
    const path = draftPeriodPrintPath(4, period);
    expect(path).toBe('/print/reg45-draft/4/2026-02..2026-07');
    expect(parseReportPath(path)).toMatchObject({
      quarter: '2026-Q3',
      firstMonth: '2026-02',
      lastMonth: '2026-07',
    });
  });

  it('completes a recorded period ending in the quarter', () => {
    const period = offeredDraftPeriod('2026-Q3', [record(1, '2026-02-01', '2026-07-31')]);
    expect(draftPeriodInput(period)).toEqual({
      quarter: '2026-Q3',
      firstMonth: '2026-02',
      lastMonth: '2026-07',
    });
  });

  it('falls back to the two quarters when a recorded period cannot be a draft’s months', () => {
    // 15 February to 14 August spans seven calendar months: more than a draft's six.
    const period = offeredDraftPeriod('2026-Q3', [record(1, '2026-02-15', '2026-08-14')]);
    expect(period.twoQuarters).toBe(true);
  });
});
