import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect } from './fixtures';
import { keepPicture } from './pictures';

/**
 * Visits each screen (hash, level-1 heading) at 1280 and 640 px: waits for it to load, opens closed
 * disclosures if asked (so their contents are checked too), keeps a picture (e2e/pictures.ts) in /tmp/<prefix>-<heading>-<width>.png,
 * runs axe and checks the page does not scroll sideways.
 */
export async function checkScreens(
  page: Page,
  url: string,
  screens: [string, string][],
  prefix: string,
  openDisclosures = false,
) {
  const base = url.split('?')[0];
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [hash, heading] of screens) {
      await page.goto(`${base}${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
      if (openDisclosures) {
        for (const closed of await page.locator('details:not([open]) > summary').all()) await closed.click();
      }
      const name = heading.toLowerCase().replace(/\W+/g, '-');
      await keepPicture(page, { path: `/tmp/${prefix}-${name}-${width}.png`, fullPage: true });
      await expectNoSeriousViolations(page, `${heading} at ${width} px`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(sideways, `${heading} scrolls sideways at ${width} px`).toBe(false);
    }
  }
}
