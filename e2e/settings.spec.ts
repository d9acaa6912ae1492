import { expect, test } from './fixtures';
import { setUpHome } from './set-up-home';

test('editing the home says "Saved" only once the save is confirmed', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', places: '4' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();

  // Hold the save in flight, to see what the page says before the app confirms it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let seen = () => {};
  const saveSeen = new Promise<void>((resolve) => (seen = resolve));
  await page.route('**/api/invoke', async (route) => {
    if (route.request().postDataJSON()?.name === 'homes.update') {
      seen();
      await held;
    }
    await route.continue();
  });

  await page.getByLabel('Name of the home').fill('Oak Lodge North');
  await page.getByLabel('Registered manager').fill('Jo Smith');
  await page.getByLabel('Number of places').fill('5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await saveSeen;
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);

  release();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Oak Lodge North');

  // Typing again means the page no longer claims the latest text is saved.
  await page.getByLabel('Number of places').fill('6');
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge North' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Home details' });
  await expect(details.getByRole('definition')).toHaveText(['Not recorded', 'Jo Smith', '5']);
});

test('settings shows where the data is kept and the version', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText(app.dbFile, { exact: true })).toBeVisible();
  await expect(page.getByText(/Hallmarks version \d+\.\d+\.\d+/)).toBeVisible();
});

test('a manager adds a second home and switches between the two', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await expect(page.getByLabel('Home', { exact: true })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Add another home' }).click();
  await page.getByLabel('Name of the home').fill('Birch House');
  await page.getByLabel('Number of places').fill('2');
  await page.getByRole('button', { name: 'Add home' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Birch House' })).toBeVisible();
  const switcher = page.getByLabel('Home', { exact: true });
  await expect(switcher).toHaveValue(/\d+/);
  await expect(switcher.locator('option:checked')).toHaveText('Birch House');

  await switcher.selectOption({ label: 'Oak Lodge' });
  // Choosing alone does not switch; the button confirms.
  await expect(page.getByRole('heading', { level: 1, name: 'Birch House' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Now working in Oak Lodge.' })).toBeAttached();

  // The choice is kept by the app, not the page.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge' })).toBeVisible();
  await expect(page.getByLabel('Home', { exact: true }).locator('option:checked')).toHaveText('Oak Lodge');
});
