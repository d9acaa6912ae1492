import { electronInstalled, expect, SKIP_REASON, test } from './launch';

test.skip(!electronInstalled, SKIP_REASON);

test('a manager sets up their home on first run and finds it again after a restart', async ({ electron }) => {
  const first = await electron.launch();
  const { page } = first;
  await page.getByLabel('Name of the home').fill('Rose Cottage');
  await page.getByLabel('Ofsted URN').fill('SC123456');
  await page.getByLabel('Registered manager').fill('Sam Patel');
  await page.getByLabel('Number of places').fill('4');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rose Cottage');
  expect(first.errors).toEqual([]);

  // Saved to the database file, not just held in the window.
  const second = await electron.launch();
  await expect(second.page.getByRole('heading', { level: 1 })).toContainText('Rose Cottage');
  expect(second.errors).toEqual([]);
});
