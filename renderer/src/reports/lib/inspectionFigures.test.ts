import { describe, expect, it } from 'vitest';
import { INSPECTION_FIGURES, inspectionFiguresTable } from './inspectionFigures';

describe('the figures version 3 added, as printed', () => {
  it('shows all ten for a version 3 quarter, saying which were not entered, and a part as "n of whole"', () => {
    const table = inspectionFiguresTable([
      {
        quarter: '2027-Q1',
        frameworkVersion: 3,
        values: { policeCallouts: 2, complaints: 3, complaintsFromChildren: 1, childrenAtEnd: 4 },
      },
    ])!;
    expect(table.columns).toEqual([{ quarter: '2027-Q1', heading: 'Jan to Mar 2027' }]);
    expect(table.rows).toHaveLength(10);
    const cell = (key: string) => table.rows.find((r) => r.key === key)!.cells[0];
    expect(cell('policeCallouts')).toBe('2');
    expect(cell('complaintsFromChildren')).toBe('1 of 3');
    expect(cell('searches')).toBe('Not recorded');
    expect(cell('dentalChecksInDate')).toBe('Not recorded');
  });

  it('shows a version 2 quarter only the figures it has, and nothing when it has none', () => {
    expect(
      inspectionFiguresTable([
        { quarter: '2026-Q2', frameworkVersion: 2, values: { missingEpisodes: 3 } },
        { quarter: '2026-Q3', frameworkVersion: 2, values: null },
      ]),
    ).toBeNull();
    const table = inspectionFiguresTable([
      { quarter: '2026-Q2', frameworkVersion: 2, values: { missingEpisodes: 3 } },
      { quarter: '2026-Q3', frameworkVersion: 2, values: { searches: 0, dentalChecksInDate: 3 } },
    ])!;
    expect(table.columns.map((c) => c.quarter)).toEqual(['2026-Q3']);
    expect(table.rows.map((r) => [r.key, r.cells])).toEqual([
      ['searches', ['0']],
      ['dentalChecksInDate', ['3']],
    ]);
  });

  it('over several quarters, a version 3 quarter brings every row and an older one fills what it has', () => {
    const table = inspectionFiguresTable([
      { quarter: '2026-Q3', frameworkVersion: 2, values: { searches: 1 } },
      { quarter: '2026-Q4', frameworkVersion: 3, values: { searches: 2, medicationErrors: 0 } },
    ])!;
    expect(table.rows.map((r) => r.key)).toEqual(INSPECTION_FIGURES.map((f) => f.key));
    expect(table.rows.find((r) => r.key === 'searches')!.cells).toEqual(['1', '2']);
    expect(table.rows.find((r) => r.key === 'medicationErrors')!.cells).toEqual(['Not recorded', '0']);
  });
});
