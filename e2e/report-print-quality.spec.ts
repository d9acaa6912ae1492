import { writeFileSync } from 'node:fs';
import { addQuarters, quarterOf } from '../contract/rules/quarters';
import { REPORT_KEYS, type ReportKey } from '../contract/reports';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../shell-shared/print/render-report';
import { expect, test } from './fixtures';
import { fontsNotEmbedded, layoutProblems } from './print-quality';
import { pdfPages, pdfTagged, pdfText } from './report-files';

const now = quarterOf(new Date());
/** The sample home's eight reviewed quarters, and the current one (which has no review yet). */
const QUARTERS = Array.from({ length: 9 }, (_, i) => addQuarters(now, i - 8));
/** The sample framework's domains: the rating sheets give each its own page. */
const DOMAINS = 8;

const PAGE_LIMITS: Partial<Record<ReportKey, (pages: number) => boolean>> = {
  'quarterly-review': (n) => n <= 12,
  'staff-room': (n) => n === 1,
  'rating-sheets': (n) => n === DOMAINS,
};

/**
 * Every report of the sample home for every quarter, printed as `npm run report` prints it and read back
 * from the PDF: no word broken across lines or squeezed into a column a letter wide, no word printed over
 * another, nothing past the right margin, the page counts within their limits, every font embedded and
 * the PDF tagged. A quarter without a review is skipped by the reports that need one.
 */
test('every report for every quarter of the sample home prints cleanly on A4', async ({
  page,
  sampleHome,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto(sampleHome.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  await page.setViewportSize(A4_VIEWPORT);
  const problems: string[] = [];
  let printed = 0;
  for (const report of REPORT_KEYS) {
    for (const quarter of QUARTERS) {
      const url = printViewUrl(page.url(), { report, homeId: 1, quarter });
      let pdf: Buffer;
      try {
        pdf = await renderReportPdf(page, url);
      } catch (error) {
        // Only the current quarter, which has no review yet, may have nothing to print.
        if (quarter === now && /nothing to print/.test((error as Error).message)) continue;
        throw error;
      }
      printed++;
      const file = testInfo.outputPath(`${report}-${quarter}.pdf`);
      writeFileSync(file, pdf);
      // The view's text, and the words its charts draw (SVG text is no part of innerText).
      const shown = await page
        .locator('main.report')
        .evaluate(
          (main: HTMLElement) =>
            `${main.innerText} ${[...main.querySelectorAll('svg tspan, svg text')].map((t) => t.textContent).join(' ')}`,
        );
      const found = layoutProblems(file, shown);
      const name = `${report} ${quarter}`;
      for (const [kind, list] of Object.entries(found) as [string, string[]][])
        if (list.length > 0) problems.push(`${name}: ${kind}: ${list.slice(0, 5).join('; ')}`);
      const pages = pdfPages(file);
      if (!(PAGE_LIMITS[report]?.(pages) ?? true)) problems.push(`${name}: ${pages} pages`);
      const missing = fontsNotEmbedded(file);
      if (missing.length > 0) problems.push(`${name}: fonts not embedded: ${missing.join(', ')}`);
      if (!pdfTagged(file)) problems.push(`${name}: the PDF is not tagged`);
      // The Print button prints this same view: only the report, never the toolbar above it.
      if (/Back to reports|To save a PDF/.test(pdfText(file))) problems.push(`${name}: the toolbar printed`);
    }
  }
  expect(printed, 'reports printed').toBeGreaterThanOrEqual(REPORT_KEYS.length * 8);
  expect(problems).toEqual([]);
});
