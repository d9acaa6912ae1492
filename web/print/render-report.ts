import type { Page } from 'playwright-core';
import { reportPath, type ReportKey } from '../../contract/reports';
import { headerFooter, parseFurniture } from './page-furniture';

export interface ReportRequest {
  report: ReportKey;
  homeId: number;
  quarter: string;
}

/** A4 at 96 dpi: the print view lays out its charts at the width they will have on paper. */
export const A4_VIEWPORT = { width: 794, height: 1123 };

/** The address of a report's print view, from browser mode's address (which carries its key). */
export function printViewUrl(appUrl: string, request: ReportRequest): string {
  return `${appUrl.split('#')[0]}#${reportPath(request.report, request.homeId, request.quarter)}`;
}

/**
 * Opens a report's print view, waits until it says it is ready (data in, fonts loaded) and prints it
 * to a tagged A4 PDF with the running header and footer. Throws the view's own message when it could
 * not prepare the report.
 */
export async function renderReportPdf(page: Page, url: string, now = new Date()): Promise<Buffer> {
  await page.goto(url);
  const report = page.locator('main[data-report-ready], main[data-report-failed]');
  await report.waitFor({ timeout: 30_000 });
  if ((await report.getAttribute('data-report-failed')) === 'true') {
    throw new Error((await page.getByRole('alert').innerText()).replace(/\s+/g, ' ').trim());
  }
  await page.evaluate('document.fonts.ready.then(() => true)');
  const furniture = parseFurniture(await report.getAttribute('data-furniture'));
  return page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    ...headerFooter(furniture, now),
    tagged: true,
    outline: true,
  });
}
