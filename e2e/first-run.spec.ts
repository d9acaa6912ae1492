import { expect, test } from './fixtures';

test('a manager sets up the home with the keyboard alone and finds it again after a restart', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Hallmarks' })).toBeVisible();
  await expect(page).toHaveTitle('Set up your home – Hallmarks');
  // The access key is read once and taken out of the visible address.
  expect(new URL(page.url()).searchParams.has('key')).toBe(false);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name of the home')).toBeFocused();
  await page.keyboard.type('Oak Lodge');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Ofsted URN')).toBeFocused();
  await page.keyboard.type('sc 123456');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sam Patel');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Number of places')).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1, name: 'Oak Lodge' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('Dashboard – Hallmarks');
  const details = page.getByRole('region', { name: 'Home details' });
  await expect(details).toContainText('SC123456');
  await expect(details).toContainText('Sam Patel');
  await expect(details).toContainText('4');
  await expect(
    page.getByText('No reviews yet. Start your first quarterly self-assessment from'),
  ).toBeVisible();

  // A reload works without the key in the address.
  await page.reload();
  await expect(heading).toBeVisible();

  await app.restart();
  await page.goto(app.url);
  await expect(heading).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Oak Lodge');
  await expect(details).toContainText('SC123456');
});

test('optional details left blank read as not recorded and vacant', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Name of the home').fill('Birch House');
  await page.getByLabel('Number of places').fill('2');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Birch House' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Home details' });
  await expect(details.getByRole('definition')).toHaveText(['Not recorded', 'Vacant', '2']);
});
