import { expect, test } from './fixtures';
import { setUpHome } from './set-up-home';

test('the navigation marks the current place, names the window and moves focus to the heading', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');

  for (const place of ['Reviews', 'Actions', 'Reports', 'Settings', 'Dashboard']) {
    const link = nav.getByRole('link', { name: place });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page).toHaveTitle(`${place} – Hallmarks`);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('each place that has nothing yet says so and what comes next', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const base = app.url.split('?')[0];
  const expectations: [string, RegExp][] = [
    ['#/reviews', /No reviews yet/],
    ['#/actions', /No actions yet/],
    ['#/reports', /No completed review yet/],
  ];
  for (const [hash, text] of expectations) {
    await page.goto(`${base}${hash}`);
    await expect(page.getByRole('main')).toContainText(text);
  }
  await page.goto(`${base}#/no-such-place`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
