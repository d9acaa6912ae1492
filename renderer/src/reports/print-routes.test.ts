import { describe, expect, it } from 'vitest';
import { parseReportPath, REPORT_KEYS, reportPath } from '@contract/reports';
import { printScreenPaths } from '@shared/paths/screenPaths';

describe('print routes in screenPaths', () => {
  it('lists every report once, so the reflow test opens each print view', () => {
    expect(Object.keys(printScreenPaths).sort()).toEqual(REPORT_KEYS.map((key) => `print/${key}`).sort());
  });

  it('fills to the address the Reports page links to, which the print view reads back', () => {
    for (const key of REPORT_KEYS) {
      const pattern: string = printScreenPaths[`print/${key}`];
      const filled = pattern.replace(':homeId', '7').replace(':reportQuarter', '2026-Q3');
      expect(filled).toBe(reportPath(key, 7, '2026-Q3'));
      expect(parseReportPath(filled)).toEqual({ report: key, homeId: 7, quarter: '2026-Q3' });
    }
  });
});
