import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { BrowserModeApp } from './fixtures';
import { csvText, parseCsv } from '../contract/exports/csv';

export interface DownloadedCsv {
  header: string[];
  rows: string[][];
  /** The cell under a heading, as typed (the apostrophe before formula-like text taken off). */
  cell: (row: string[], heading: string) => string;
}

/**
 * Presses "Download <noun> (CSV)" on the page open (Reports, or the screen of those records), waits for the file and the saved message, checks
 * the byte-order mark Excel needs, and reads the file back.
 */
export async function downloadCsv(page: Page, noun: string): Promise<DownloadedCsv> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${noun} (CSV)` }).click();
  // The first spreadsheet of a session waits for the warning that it is not encrypted to be accepted.
  const warning = page.getByRole('group', { name: 'This file is not encrypted' });
  const saved = page.getByRole('status').filter({ hasText: `The ${noun} file has been saved` });
  await expect(warning.or(saved)).toBeVisible();
  if (await warning.isVisible()) {
    await expect(warning).toContainText('hold information about children and staff');
    await warning.getByRole('button', { name: 'Download the spreadsheet' }).click();
  }
  const text = readFileSync(await (await download).path(), 'utf8');
  await expect(saved).toBeVisible();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  expect(header, `the ${noun} file's header row`).toBeDefined();
  return {
    header: header!,
    rows,
    cell: (row, heading) => {
      const index = header!.indexOf(heading);
      expect(index, `a "${heading}" column in the ${noun} file`).toBeGreaterThanOrEqual(0);
      return csvText(row[index]!);
    },
  };
}

/** Creates the sample home from the first-run screen and opens the Reports page at its spreadsheets. */
export async function openSampleSpreadsheets(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Spreadsheets' })).toBeVisible();
}
