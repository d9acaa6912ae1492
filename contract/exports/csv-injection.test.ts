import { describe, expect, it } from 'vitest';
import { csvText, parseCsv, toCsv } from './csv';

/** What a spreadsheet would run as a formula, and the text that must reach the file instead. */
const TEXT_CELLS: [typed: string, written: string][] = [
  ['=HYPERLINK("http://x.example","Click")', `"'=HYPERLINK(""http://x.example"",""Click"")"`],
  ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
  ['-2+3+cmd|/C calc!A0', "'-2+3+cmd|/C calc!A0"],
  ['-3', "'-3"],
  ['@SUM(1+1)*cmd|/C calc!A0', "'@SUM(1+1)*cmd|/C calc!A0"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', `"'\r=1+1"`],
  // Text that only has them later is left alone.
  ['Score went from 3 to -3', 'Score went from 3 to -3'],
  ['a=b', 'a=b'],
];

/**
 * Numbers the app itself computed (figures, ratings) stay numbers, negative ones too, so the spreadsheet can
 * add them up: -3 written by String() is a real number, and a spreadsheet reads it as one, never a formula.
 * Only what is really a number gets through: anything not finite is written as guarded text.
 */
const NUMBER_CELLS: [value: number, written: string][] = [
  [-3, '-3'],
  [-0.5, '-0.5'],
  [42, '42'],
  [-Infinity, "'-Infinity"],
  [Number.NaN, 'NaN'],
];

describe('CSV cells a spreadsheet would run as formulas', () => {
  it.each(TEXT_CELLS)('writes the text %j as %j, and reads it back unchanged', (typed, written) => {
    const file = toCsv(['Note'], [[typed]]);
    expect(file).toBe(`\uFEFFNote\r\n${written}\r\n`);
    expect(csvText(parseCsv(file)[1]![0]!)).toBe(typed);
  });

  it.each(NUMBER_CELLS)('writes the number %d as %j', (value, written) => {
    expect(toCsv(['Figure'], [[value]])).toBe(`\uFEFFFigure\r\n${written}\r\n`);
  });
});
