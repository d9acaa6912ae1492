import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/**
 * Not a check: saves whole-page pictures of the tracking screens at 1280×800 and at 200% zoom (the same
 * window at twice the size) for a person to look at, in /tmp/hallmarks-shots/tracking.
 */
const FOLDER = '/tmp/hallmarks-shots/tracking';

/** The whole page, in window-high slices so each picture stays readable. */
async function shoot(page: Page, name: string) {
  const { height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 0; part * height < total && part < 20; part++) {
    const path = `${FOLDER}/${name}-${part + 1}.png`;
    await page.evaluate((y) => window.scrollTo(0, y), part * height);
    await page.screenshot({ path });
    await test.info().attach(`${name}-${part + 1}`, { path, contentType: 'image/png' });
  }
}

for (const size of ['1280', 'zoom-200'] as const) {
  test(`tracking screens at ${size}`, async ({ page, app }) => {
    mkdirSync(FOLDER, { recursive: true });
    if (size === 'zoom-200')
      // 200% of 1280×800 lays out like a 640-wide window; taller slices just mean fewer pictures.
      await page.setViewportSize({ width: 640, height: 960 });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Early warning signs' })).toBeVisible();
    await shoot(page, `dashboard-${size}`);

    await page.goto(`${app.url.split('?')[0]}#/trends`);
    await expect(page.getByRole('table', { name: /Judgements by quarter/ })).toBeVisible();
    await shoot(page, `trends-${size}`);

    await page.goto(`${app.url.split('?')[0]}#/reviews/compare`);
    await page.getByLabel('Show only what changed').check();
    await shoot(page, `compare-${size}`);

    await page.goto(`${app.url.split('?')[0]}#/figures`);
    await page.getByLabel('Of those, shifts worked by agency staff').fill('900');
    await page.getByRole('button', { name: /Save figures/ }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await shoot(page, `figures-${size}`);

    await page.goto(`${app.url.split('?')[0]}#/settings/add-home`);
    await page.getByLabel('Name of the home').fill('Ash Grove');
    await page.getByLabel('Number of places').fill('3');
    await page.getByRole('button', { name: 'Add home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ash Grove' })).toBeVisible();
    await shoot(page, `dashboard-empty-${size}`);
    await page.goto(`${app.url.split('?')[0]}#/provider`);
    await expect(page.getByRole('table')).toBeVisible();
    await shoot(page, `provider-${size}`);

    await page.goto(`${app.url.split('?')[0]}#/reports`);
    await expect(page.getByRole('region', { name: 'Reg 45 reviews' })).toBeVisible();
    await shoot(page, `reports-${size}`);
  });
}
