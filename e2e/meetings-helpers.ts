import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect } from './fixtures';
import { keepPicture } from './pictures';

/** Checks a screen at 1280 and 640 px: axe finds nothing serious and the page never scrolls sideways. */
export async function checkAtBothWidths(page: Page, screen: string, shot?: string) {
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await expectNoSeriousViolations(page, `${screen} at ${width} px`);
    if (shot) await keepPicture(page, { path: `/tmp/meetings-${shot}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
