import { describe, expect, it } from 'vitest';
import { parseReportPath } from '@contract/reports';
import {
  draftPeriodInput,
  draftPeriodPrintPath,
  draftPeriodWords,
  draftWindow,
  offeredDraftPeriod,
  routeDraftPeriod,
} from './reg45DraftPeriod';
import { recordsUntil, within } from './actionGroups';

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
    // Six months on from a period ending in May end in November: past this draft's quarter.
    expect(offeredDraftPeriod('2026-Q3', [record(1, '2025-12-01', '2026-05-31')]).twoQuarters).toBe(true);
  });
});

describe('what a printed draft covers', () => {
  const visits = ['2026-01-31', '2026-02-01', '2026-05-12', '2026-07-31', '2026-08-03'];

  it('prints February’s and July’s records of a February to July draft, not January’s', () => {
    const period = routeDraftPeriod(parseReportPath('/print/reg45-draft/4/2026-02..2026-07')!);
    // Printed long after: the period's own dates.
    const window = draftWindow(period, '2026-12-01');
    expect(window).toMatchObject({ start: '2026-02-01', end: '2026-07-31', until: '2026-07-31' });
    expect(visits.filter((d) => within(d, window.start, window.until))).toEqual([
      '2026-02-01',
      '2026-05-12',
      '2026-07-31',
    ]);
    expect(window.words).toBe('February to July 2026 (1 February 2026 to 31 July 2026)');
    expect(window.quarters.map((q) => [q.quarter, q.partial])).toEqual([
      ['2026-Q1', 'February and March 2026 only fall in this period'],
      ['2026-Q2', null],
      ['2026-Q3', 'July 2026 only falls in this period'],
    ]);
  });

  it('prints records up to the day it is printed within three months of the end', () => {
    const period = routeDraftPeriod({ quarter: '2026-Q3', firstMonth: '2026-02', lastMonth: '2026-07' });
    expect(draftWindow(period, '2026-08-05').until).toBe('2026-08-05');
    expect(draftWindow(period, '2026-10-31').until).toBe('2026-10-31');
    expect(draftWindow(period, '2026-11-01').until).toBe('2026-07-31');
  });

  it('covers the two quarters exactly as before for a quarter route', () => {
    const period = routeDraftPeriod({ quarter: '2026-Q3' });
    expect(period.twoQuarters).toBe(true);
    for (const today of ['2026-09-30', '2026-10-15', '2026-12-31', '2027-01-01']) {
      const window = draftWindow(period, today);
      expect(window).toMatchObject({
        start: '2026-04-01',
        end: '2026-09-30',
        until: recordsUntil('2026-Q3', today),
      });
      expect(window.words).toBe('1 April 2026 to 30 September 2026');
    }
    expect(draftWindow(period, undefined).quarters.map((q) => [q.quarter, q.partial])).toEqual([
      ['2026-Q2', null],
      ['2026-Q3', null],
    ]);
    // Months that are the two quarters are the same draft.
    expect(
      routeDraftPeriod({ quarter: '2026-Q3', firstMonth: '2026-04', lastMonth: '2026-09' }).twoQuarters,
    ).toBe(true);
  });
});
