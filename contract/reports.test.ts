import { describe, expect, it } from 'vitest';
import { parseReportPath, reg45DraftMonthsPath, reportFileName } from './reports';

describe('the print route of a Reg 45 draft for a period of months', () => {
  it('reads back the months it writes, with the quarter of the last month', () => {
    expect(parseReportPath(reg45DraftMonthsPath(4, '2026-02', '2026-07'))).toEqual({
      report: 'reg45-draft',
      homeId: 4,
      quarter: '2026-Q3',
      firstMonth: '2026-02',
      lastMonth: '2026-07',
    });
    expect(parseReportPath('/print/reg45-draft/4/2025-10..2026-03')).toEqual({
      report: 'reg45-draft',
      homeId: 4,
      quarter: '2026-Q1',
      firstMonth: '2025-10',
      lastMonth: '2026-03',
    });
  });

  it.each([
    ['another report', '/print/quarterly-review/4/2026-02..2026-07'],
    ['more than six months', '/print/reg45-draft/4/2026-01..2026-07'],
    ['months backwards', '/print/reg45-draft/4/2026-07..2026-02'],
    ['a month that does not exist', '/print/reg45-draft/4/2026-02..2026-13'],
    ['one month only given', '/print/reg45-draft/4/2026-02..'],
    ['three parts', '/print/reg45-draft/4/2026-02..2026-04..2026-07'],
    ['before 2000', '/print/reg45-draft/4/1999-08..1999-12'],
    ['a quarter and a month', '/print/reg45-draft/4/2026-Q1..2026-07'],
  ])('refuses %s', (_, path) => {
    expect(parseReportPath(path)).toBeNull();
  });

  it('still reads a quarter for every report, without months', () => {
    expect(parseReportPath('/print/reg45-draft/4/2026-Q3')).toEqual({
      report: 'reg45-draft',
      homeId: 4,
      quarter: '2026-Q3',
    });
  });

  it('names the PDF of a period of months by its months', () => {
    const months = { firstMonth: '2026-02', lastMonth: '2026-07' };
    expect(reportFileName('Rowan House', 'reg45-draft', '2026-Q3', 'pdf', 'Reg 45 review', months)).toBe(
      'Rowan House - Reg 45 review - Feb to Jul 2026.pdf',
    );
    expect(
      reportFileName('Rowan House', 'reg45-draft', '2026-Q1', 'pdf', undefined, {
        firstMonth: '2025-10',
        lastMonth: '2026-03',
      }),
    ).toBe('Rowan House - Reg 45 review draft - Oct 2025 to Mar 2026.pdf');
    // A route without months is named by its quarter, as before.
    expect(reportFileName('Rowan House', 'reg45-draft', '2026-Q3', 'pdf', undefined, {})).toBe(
      'Rowan House - Reg 45 review draft - Jul to Sep 2026.pdf',
    );
  });
});
