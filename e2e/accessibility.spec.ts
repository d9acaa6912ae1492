import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { setUpHome } from './set-up-home';

test('first run, with and without errors, has no serious accessibility problems', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Hallmarks' })).toBeVisible();
  await expectNoSeriousViolations(page, 'first run');

  await page.getByLabel('Ofsted URN').fill('not a urn');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoSeriousViolations(page, 'first run showing errors');
});

test('every screen of the app has no serious accessibility problems', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', urn: 'SC123456' });
  await expectNoSeriousViolations(page, 'dashboard');

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const screen of ['Reviews', 'Actions', 'Reports', 'Settings']) {
    await nav.getByRole('link', { name: screen }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeFocused();
    await expectNoSeriousViolations(page, screen);
  }

  await page.getByLabel('Name of the home').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoSeriousViolations(page, 'settings showing errors');

  await page.getByRole('link', { name: 'Add another home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add another home' })).toBeFocused();
  await expectNoSeriousViolations(page, 'add another home');

  await page.getByLabel('Name of the home').fill('Birch House');
  await page.getByLabel('Number of places').fill('2');
  await page.getByRole('button', { name: 'Add home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Birch House' })).toBeVisible();
  await expect(page.getByLabel('Home', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'dashboard with the home switcher');
});
