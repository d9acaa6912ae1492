import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { expect, test } from './fixtures';
import { callApp, startReviewFromList } from './review-helpers';
import { setUpHome } from './set-up-home';

test('the figures form refuses agency plus bank above all shifts, and warns, then saves, for more children than places', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', places: '4' });
  const quarter = addQuarters(quarterOf(new Date()), -1);
  await page.goto(`${app.url.split('?')[0]}#/figures/${quarter}`);
  await expect(page.getByRole('heading', { name: `Figures for ${quarterLabel(quarter)}` })).toBeVisible();

  const shifts = page.getByLabel('Shifts worked in the quarter');
  const agency = page.getByLabel('Of those, shifts worked by agency staff');
  const bank = page.getByLabel('Of those, shifts worked by bank or relief staff');
  await shifts.fill('480');
  await agency.fill('300');
  await bank.fill('200');
  const save = page.getByRole('button', { name: `Save figures for ${quarterLabel(quarter)}` });
  await save.click();
  await expect(page.getByRole('alert')).toContainText(
    'Agency plus bank shifts must be 480 or fewer, the shifts worked',
  );
  await expect(bank).toHaveAccessibleDescription(
    'Error: Agency plus bank shifts must be 480 or fewer, the shifts worked',
  );
  await expect(page).toHaveTitle(/^Error: /);

  await bank.fill('100');
  const children = page.getByLabel('Children living in the home at the start of the quarter');
  await children.fill('5');
  await save.click();
  const warning = page
    .getByRole('region', { name: 'Check this figure' })
    .or(page.locator('.warning-summary'));
  await expect(warning).toContainText(
    "5 children is more than the home's 4 places. Check the figure, or save anyway",
  );
  await expect(children).toHaveAccessibleDescription(
    "Warning: 5 children is more than the home's 4 places. Check the figure, or save anyway",
  );
  await expect(page).not.toHaveTitle(/^Error: /);
  const home = (await callApp(request, app, 'homes.list', {}))[0]!;
  expect(await callApp(request, app, 'metrics.get', { homeId: home.id, quarter })).toBeNull();

  await page.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText(
    `Saved. The figures for ${quarterLabel(quarter)} are stored.`,
  );
  const stored = await callApp(request, app, 'metrics.get', { homeId: home.id, quarter });
  expect(stored!.values).toMatchObject({
    shiftsTotal: 480,
    shiftsAgency: 300,
    shiftsBank: 100,
    childrenAtStart: 5,
  });
});

test("figures open on the review's quarter from the review", async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  // The quarter just ended is offered first; start it, then go to the overview.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  const justEnded = addQuarters(quarterOf(new Date()), -1);
  await expect(page.getByLabel('Quarter', { exact: true })).toHaveValue(justEnded);
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('link', { name: 'Review overview', exact: true }).click();
  await page.getByRole('link', { name: /^Enter this quarter's figures/ }).click();
  await expect(page.getByRole('heading', { name: `Figures for ${quarterLabel(justEnded)}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/figures/${justEnded}$`));
});

test('this quarter can be reviewed only deliberately, with a notice', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const id = await startReviewFromList(page);
  expect(id).toBeGreaterThan(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  // With this quarter reviewed, the earlier ones are still offered; choosing this quarter shows the notice.
  await page.getByLabel('Quarter', { exact: true }).selectOption(quarterOf(new Date()));
  await expect(page.getByRole('status').filter({ hasText: 'has not ended yet' })).toContainText(
    `${quarterLabel(quarterOf(new Date()))} has not ended yet.`,
  );
});

test('quarters read by their months, with a financial-year number when the home chooses it', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Financial-year quarters: Q1 is April to June').check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('For example: Jan to Mar 2026 (Q4 2025/26)')).toBeVisible();
  await page.goto(`${app.url.split('?')[0]}#/figures/2026-Q2`);
  await expect(page.getByRole('heading', { name: 'Figures for Apr to Jun 2026 (Q1 2026/27)' })).toBeVisible();
});
