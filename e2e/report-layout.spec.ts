import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { addQuarters, quarterOf } from '../contract/rules/quarters';
import type { ReportKey } from '../contract/reports';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../shell-shared/print/render-report';
import { expect, test } from './fixtures';
import { runReportCli } from './report-files';
import {
  colouredPixels,
  pdfBodyLines,
  pdfWords,
  strandedTableStarts,
  wordsIntoNextColumn,
} from './report-layout';

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

/**
 * The inspection pack's heat map: eight quarters across. On A4 its quarter headings once stayed on one
 * line, so the table ran past the page edge and the latest quarters, the ones an inspector reads first,
 * were cut off the paper.
 */
test('inspection-pack: the heat map fits the width of an A4 page, latest quarter included', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  // A4 is 210 mm wide; print.css leaves 15 mm each side: 180 mm, or 680 CSS pixels, for the report.
  const width = 680;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width, height: A4_VIEWPORT.height });
  await page.goto(printViewUrl(page.url(), { report: 'inspection-pack', homeId: 1, quarter: latest }));
  await expect(page.locator('main[data-report-ready="true"]')).toBeVisible();
  const headings = page.locator('table.heat-map thead th');
  await expect(headings).toHaveCount(9);
  const right = await headings.last().evaluate((th) => th.getBoundingClientRect().right);
  expect(right, "the latest quarter's column ends inside the page").toBeLessThanOrEqual(width);
});

const EMOJI = ['🙂', '👍🏽', '🏠'];

/**
 * Headless Chromium has no emoji font of its own: without one installed (Debian's fonts-noto-color-emoji,
 * which .ci/run installs) an emoji prints as an empty box, and some drop out of the PDF's text.
 */
test('an emoji in an evidence note prints in colour and stays in the PDF text', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(60_000);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  const db = new Database(app.dbFile);
  db.pragma('busy_timeout = 5000');
  const reviewId = (db.prepare('SELECT id FROM reviews WHERE quarter = ?').get(latest) as { id: number }).id;
  db.prepare(
    `UPDATE review_indicators SET note = ? WHERE review_id = ? AND indicator_key =
       (SELECT indicator_key FROM review_indicators WHERE review_id = ? ORDER BY position LIMIT 1)`,
  ).run(`The children chose ${EMOJI.join(' ')} for the board.`, reviewId, reviewId);
  db.close();

  const file = testInfo.outputPath('emoji.pdf');
  const args = ['--db', app.dbFile, '--home', '1', '--report', 'quarterly-review', '--period', latest];
  const run = runReportCli([...args, '--out', file]);
  expect(run.code, run.output).toBe(0);
  const words = pdfWords(file).flatMap((p) => p.words);
  for (const emoji of EMOJI) {
    const word = words.find((w) => w.text === emoji);
    expect(word, `${emoji} in the PDF's text`).toBeDefined();
    expect(colouredPixels(file, word!), `${emoji} printed in colour, not as an empty box`).toBeGreaterThan(
      20,
    );
  }
});
