import { writeFileSync } from 'node:fs';
import { addQuarters, quarterOf } from '../contract/quarters';
import type { ReportKey } from '../contract/reports';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../web/print/render-report';
import { expect, test } from './fixtures';
import { pdfBodyLines, strandedTableStarts, wordsIntoNextColumn } from './report-layout';

const latest = addQuarters(quarterOf(new Date()), -1);
const ACTION_COLUMNS = ['Action', 'Owner', 'Due', 'From', 'Status'];

/**
 * The printed actions tables, read back from the PDF with each word's position: no word runs into the
 * next column (a long due date once ran into "From"), and no caption or header row is left at the foot
 * of a page with the table's first row on the next.
 */
for (const report of ['action-plan', 'inspection-pack'] as ReportKey[]) {
  test(`${report}: actions tables keep their words in their columns and their captions with their first row`, async ({
    page,
    app,
  }, testInfo) => {
    test.setTimeout(60_000);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();

    await page.setViewportSize(A4_VIEWPORT);
    const url = printViewUrl(page.url(), { report, homeId: 1, quarter: latest });
    const file = testInfo.outputPath(`${report}.pdf`);
    writeFileSync(file, await renderReportPdf(page, url));
    const captions = (await page.locator('table.actions-table caption').allTextContents()).map((c) =>
      c.trim(),
    );
    expect(captions.length, 'the sample home has actions tables').toBeGreaterThan(0);

    const pages = pdfBodyLines(file);
    const lines = pages.flat();
    // Each caption is found as one printed line, so the check below looked at every one of them.
    for (const caption of new Set(captions)) {
      const printed = lines.filter((line) => line.text === caption).length;
      expect(printed, `"${caption}" printed as one line`).toBe(captions.filter((c) => c === caption).length);
    }
    expect(lines.filter((line) => line.text === ACTION_COLUMNS.join(' ')).length).toBeGreaterThanOrEqual(
      captions.length,
    );
    expect(wordsIntoNextColumn(pages, ACTION_COLUMNS)).toEqual([]);
    expect(strandedTableStarts(pages, captions, ACTION_COLUMNS)).toEqual([]);
  });
}
