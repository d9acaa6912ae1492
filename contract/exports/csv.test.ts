import { describe, expect, it } from 'vitest';
import { csvText, parseCsv, toCsv } from './csv';
import { reportFileName, parseReportPath, reportPath } from '../reports';

describe('CSV for Excel', () => {
  it('starts with a byte-order mark, has one header row and reads back to the same values', () => {
    const awkward = 'Line one,\nline "two" 😀 <b>bold</b>';
    const text = toCsv(
      ['Quarter', 'Note', 'Rating'],
      [
        ['2026-Q3', awkward, 3],
        ['2026-Q4', '=SUM(A1)', null],
      ],
    );
    expect(text.startsWith('\uFEFFQuarter,Note,Rating\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toEqual([
      ['Quarter', 'Note', 'Rating'],
      ['2026-Q3', awkward, '3'],
      ['2026-Q4', "'=SUM(A1)", ''],
    ]);
    expect(csvText(rows[2]![1]!)).toBe('=SUM(A1)');
  });
});

describe('reading a CSV back', () => {
  it('takes line ends as Excel, a Mac or Unix tool writes them: CRLF, LF or a lone CR', () => {
    const rows = [
      ['Quarter', 'Rating'],
      ['2026-Q3', '3'],
      ['2026-Q4', '2'],
    ];
    expect(parseCsv('Quarter,Rating\r\n2026-Q3,3\r\n2026-Q4,2\r\n')).toEqual(rows);
    expect(parseCsv('Quarter,Rating\n2026-Q3,3\n2026-Q4,2\n')).toEqual(rows);
    expect(parseCsv('Quarter,Rating\r2026-Q3,3\r2026-Q4,2\r')).toEqual(rows);
    // A one-column file with a blank cell: the empty line is that row, not a line end to skip.
    expect(parseCsv('Note\n\nSeen\n')).toEqual([['Note'], [''], ['Seen']]);
  });

  it('keeps the last row when the file has no line end after it, blank last cell and all', () => {
    expect(parseCsv('Quarter,Rating\r\n2026-Q3,3')).toEqual([
      ['Quarter', 'Rating'],
      ['2026-Q3', '3'],
    ]);
    expect(parseCsv('Quarter,Rating\r\n2026-Q3,')).toEqual([
      ['Quarter', 'Rating'],
      ['2026-Q3', ''],
    ]);
    expect(parseCsv('Quarter')).toEqual([['Quarter']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('takes away only the apostrophe it put at the very start, never one later in the text', () => {
    expect(csvText("'-3")).toBe('-3');
    expect(csvText("Marked '-' in the log")).toBe("Marked '-' in the log");
  });
});

describe('report names and routes', () => {
  it('names the PDF after the home, the report and the period, without characters a file system refuses', () => {
    expect(reportFileName('Rowan House', 'quarterly-review', '2026-Q4')).toBe(
      'Rowan House - quarterly review - Oct to Dec 2026.pdf',
    );
    expect(reportFileName('A/B: "home"?', 'staff-room', '2026-Q1')).toBe(
      'A B home - staff-room page - Jan to Mar 2026.pdf',
    );
  });

  it('names a Reg 45 draft a review once it is signed, by the title its print view shows', () => {
    expect(reportFileName('Rowan House', 'reg45-draft', '2026-Q4')).toBe(
      'Rowan House - Reg 45 review draft - Oct to Dec 2026.pdf',
    );
    expect(reportFileName('Rowan House', 'reg45-draft', '2026-Q4', 'pdf', 'Reg 45 review draft')).toBe(
      'Rowan House - Reg 45 review draft - Oct to Dec 2026.pdf',
    );
    expect(reportFileName('Rowan House', 'reg45-draft', '2026-Q4', 'pdf', 'Reg 45 review')).toBe(
      'Rowan House - Reg 45 review - Oct to Dec 2026.pdf',
    );
    // Other reports keep their one name, whatever they are titled.
    expect(reportFileName('Rowan House', 'team-meeting', '2026-Q4', 'pdf', 'Reg 45 review')).toBe(
      'Rowan House - team meeting - Oct to Dec 2026.pdf',
    );
  });

  it('reads back only the print routes it writes', () => {
    expect(parseReportPath(reportPath('inspection-pack', 3, '2026-Q2'))).toEqual({
      report: 'inspection-pack',
      homeId: 3,
      quarter: '2026-Q2',
    });
    expect(parseReportPath('/print/nonsense/1/2026-Q2')).toBeNull();
    expect(parseReportPath('/print/staff-room/0/2026-Q2')).toBeNull();
    expect(parseReportPath('/print/staff-room/1/2026-Q5')).toBeNull();
  });
});
