import { writeFileSync } from 'node:fs';
import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { daysBetween, formatIsoDate, todayIso } from '../contract/rules/dates';
import { openDataFile } from './data-file';
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

const RATING_WORDS: Record<number, string> = { 1: 'Inadequate', 2: 'Requires improvement to be good' };
/**
 * PDF text and stored text compared without spacing or hyphens: lines wrap wherever the page needs, and
 * pdftotext joins a word broken after its hyphen ("return-" then "home") into "returnhome".
 */
const squeeze = (text: string) => text.replace(/[\s-]+/g, '');

/**
 * The Reg 45 draft for the last six months, read back from its PDF, holds what the database holds: every
 * indicator rated below Good in either quarter, with its quarter, rating and evidence note, and every
 * action past its due date today, said overdue by the right number of days.
 */
test('the Reg 45 draft holds each quarter’s indicators below Good and today’s overdue actions, as stored', async ({
  page,
  sampleHome,
}, testInfo) => {
  test.setTimeout(60_000);
  await page.goto(sampleHome.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  await page.setViewportSize(A4_VIEWPORT);
  const latest = addQuarters(now, -1);
  const first = addQuarters(latest, -1);
  const file = testInfo.outputPath('reg45.pdf');
  writeFileSync(
    file,
    await renderReportPdf(
      page,
      printViewUrl(page.url(), { report: 'reg45-draft', homeId: 1, quarter: latest }),
    ),
  );
  // Without the running header and footer, which a note crossing a page would have in its middle.
  const furniture = /^(Rowan House \(sample\)|Reg 45 review draft · .*|Confidential: .*|Page \d+ of \d+)$/;
  const text = squeeze(
    pdfText(file)
      .split('\n')
      .filter((line) => !furniture.test(line.trim()))
      .join('\n'),
  );

  const db = openDataFile(sampleHome.dbFile, { readonly: true });
  const below = db
    .prepare(
      `SELECT r.quarter, i.rating, i.note FROM review_indicators i JOIN reviews r ON r.id = i.review_id
       WHERE r.home_id = 1 AND r.status = 'completed' AND r.quarter IN (?, ?) AND i.rating IN (1, 2)`,
    )
    .all(first, latest) as { quarter: string; rating: number; note: string }[];
  const today = todayIso();
  const overdue = db
    .prepare(
      `SELECT title, due_on FROM actions WHERE home_id = 1 AND status IN ('open', 'in_progress') AND due_on < ?`,
    )
    .all(today) as { title: string; due_on: string }[];
  db.close();

  expect(
    new Set(below.map((b) => b.quarter)),
    'the sample has indicators below Good in both quarters',
  ).toEqual(new Set([first, latest]));
  for (const b of below) {
    expect(text).toContain(squeeze(`(${quarterLabel(b.quarter)}, ${RATING_WORDS[b.rating]}): ${b.note}`));
  }
  expect(overdue.length, 'the sample has overdue actions').toBeGreaterThan(0);
  const overdueSection = text.slice(text.indexOf(squeeze(`Overdue on ${formatIsoDate(today)}`)));
  for (const a of overdue) {
    const days = daysBetween(a.due_on, today);
    expect(overdueSection).toContain(
      squeeze(
        `${a.title} Action, due ${formatIsoDate(a.due_on)}: overdue by ${days} day${days === 1 ? '' : 's'}.`,
      ),
    );
  }
});
