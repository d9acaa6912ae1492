import { expect, test } from './fixtures';
import { setUpHome } from './set-up-home';

test('the app makes no network request beyond its own 127.0.0.1 address, on any screen', async ({
  page,
  app,
}) => {
  const origin = new URL(app.url).origin;
  const elsewhere: string[] = [];
  // Every request the page makes (documents, scripts, fonts, images, fetches, beacons), ours or not.
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      elsewhere.push(url);
  });
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const place of ['Reviews', 'Figures', 'Actions', 'Reports', 'Dashboard', 'Settings']) {
    await nav.getByRole('link', { name: place }).click();
    await expect(nav.getByRole('link', { name: place })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page
    .getByRole('region', { name: 'Backups' })
    .getByRole('button', { name: 'Back up now' })
    .click()
    .catch(() => {});
  expect(elsewhere).toEqual([]);
});
