import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { setUpHome } from './set-up-home';

/** Makes app.info report a journal mode other than WAL, as it does on a network or synced folder. */
async function pretendJournalMode(page: Page, journalMode: string) {
  await page.route('**/api/invoke', async (route) => {
    const name = route.request().postDataJSON()?.name;
    if (name !== 'app.info' && name !== 'app.start' && name !== 'homes.select') return route.continue();
    const response = await route.fetch();
    const result = await response.json();
    if (result.ok) (name === 'app.start' ? result.value.info : result.value).journalMode = journalMode;
    await route.fulfill({ response, json: result });
  });
}

test('the dashboard shows the home and no storage warning on a local drive', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', urn: 'SC654321', registeredManager: 'Sam Patel' });
  await expect(page.getByRole('main').getByText('Dashboard', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Home details' }).getByRole('definition')).toHaveText([
    'SC654321',
    'Sam Patel',
    '4',
  ]);
  const quarter = page.getByRole('region', { name: /^This quarter: / });
  await expect(quarter).toContainText(
    'No reviews yet. Start your first quarterly self-assessment from Reviews',
  );
  await expect(quarter.getByRole('link', { name: 'Reviews', exact: true })).toHaveAttribute(
    'href',
    '#/reviews',
  );
  await expect(page.getByRole('region', { name: 'Check where your data is kept' })).toHaveCount(0);
});

test('a data folder without WAL gets a calm warning on the dashboard and in settings', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await pretendJournalMode(page, 'delete');
  await page.reload();

  const warning = page.getByRole('region', { name: 'Check where your data is kept' });
  await expect(warning).toContainText('network drive or a cloud-synced folder');
  await expectNoSeriousViolations(page, 'dashboard with the storage warning');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(warning).toBeVisible();
});
