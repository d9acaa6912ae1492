import type { Page, PageScreenshotOptions } from '@playwright/test';

/**
 * Saves a picture of the page for a person to look at, when asked (`npm run screenshots` sets
 * HALLMARKS_SCREENSHOTS). Pictures are not checks, and a full-page picture of a long screen costs
 * seconds, so the test run leaves them out.
 */
export async function keepPicture(page: Page, options: PageScreenshotOptions & { path: string }) {
  if (process.env.HALLMARKS_SCREENSHOTS) await page.screenshot(options);
}
