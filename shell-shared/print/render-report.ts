import type { Page } from 'playwright-core';
import { reportPath, type ReportKey } from '../../contract/reports';
import { headerFooter, parseFurniture } from './page-furniture';
import { WAIT_FOR_REPORT, type ReportOutcome } from './wait-for-report';

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

/** How long a print view may take to get its data before the PDF is given up. */
const READY_TIMEOUT_MS = 30_000;

/**
 * Opens a report's print view, waits until it says it is ready (data in, fonts loaded) and prints it
 * to a tagged A4 PDF with the running header and footer. Throws the view's own message when it could
 * not prepare the report.
 */
export async function renderReportPdf(page: Page, url: string, now = new Date()): Promise<Buffer> {
  await page.goto(url);
  const outcome = (await page.evaluate(
    `Promise.race([${WAIT_FOR_REPORT}, new Promise((resolve, reject) => setTimeout(() => reject(new Error(` +
      `'The report was not ready after ${READY_TIMEOUT_MS / 1000} seconds.')), ${READY_TIMEOUT_MS}))])`,
  )) as ReportOutcome;
  if (outcome.failed) throw new Error(outcome.message || 'The report could not be prepared.');
  const furniture = parseFurniture(outcome.furniture);
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
