import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { BrowserModeApp } from '../fixtures';

/**
 * Not a check: saves pictures of the two busiest review screens at 1280×800 and at 200% zoom (the same
 * window at twice the size), for a person to look at. Saved to /tmp/hallmarks-shots and attached.
 */
const FOLDER = '/tmp/hallmarks-shots';

async function shoot(page: Page, name: string) {
  const path = `${FOLDER}/${name}.png`;
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

async function openSampleDraft(page: Page, app: BrowserModeApp) {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leadership, vision and visibility' }),
  ).toBeFocused();
}

async function shootScreens(page: Page, size: string) {
  await shoot(page, `domain-step-top-${size}`);
  const indicator = page.getByRole('group', { name: 'The manager is seen on all shift patterns' });
  await indicator.getByLabel('Good', { exact: true }).check();
  await indicator.getByRole('button', { name: "Use last quarter's note" }).click();
  await expect(indicator.getByRole('status')).toHaveText('Saved');
  await indicator.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shoot(page, `domain-step-indicator-${size}`);
  await page
    .getByRole('heading', { name: 'Your judgement for this domain' })
    .evaluate((e) => e.scrollIntoView());
  await shoot(page, `domain-step-judgement-${size}`);

  const steps = page.getByRole('navigation', { name: 'Steps in this review' });
  // On a narrow window the list of steps is folded away above the step.
  if (size !== '1280') await steps.locator('summary').click();
  await shoot(page, `domain-step-steps-${size}`);
  await steps.getByRole('link', { name: 'Summary and sign-off' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary and sign-off' })).toBeFocused();
  await shoot(page, `summary-top-${size}`);
  await page.getByRole('heading', { name: 'Overall judgement' }).evaluate((e) => e.scrollIntoView());
  await shoot(page, `summary-overall-${size}`);
  await page.getByRole('button', { name: 'Complete review' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await shoot(page, `summary-refused-${size}`);
}

test.beforeAll(() => mkdirSync(FOLDER, { recursive: true }));

test('domain step and summary at 1280×800', async ({ page, app }) => {
  await openSampleDraft(page, app);
  await shootScreens(page, '1280');
});

test('domain step and summary at 200% zoom', async ({
  browser,
  app,
}: {
  browser: Browser;
  app: BrowserModeApp;
}) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await openSampleDraft(page, app);
  await shootScreens(page, 'zoom200');
  await context.close();
});

test('the other review screens at 1280×800', async ({ page, app }) => {
  await page.goto(app.url);
  await shoot(page, 'first-run-1280');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeFocused();
  await shoot(page, 'dashboard-1280');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('heading', { name: "This home's reviews" }).evaluate((e) => e.scrollIntoView());
  await shoot(page, 'reviews-list-1280');
  await page
    .getByRole('link', { name: /review$/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Completed' })).toBeVisible();
  await shoot(page, 'overview-completed-1280');
  await page.getByRole('heading', { name: 'Reopen this review' }).evaluate((e) => e.scrollIntoView());
  await shoot(page, 'overview-reopen-1280');
  await page.getByRole('link', { name: /^3\. / }).first().click();
  await page.getByRole('heading', { name: 'Indicators' }).evaluate((e) => e.scrollIntoView());
  await shoot(page, 'domain-completed-1280');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('link', { name: "Your home's own indicators" }).click();
  await shoot(page, 'custom-indicators-1280');
});
