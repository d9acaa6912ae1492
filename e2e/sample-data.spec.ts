import { expect, test } from './fixtures';
import { earlierQuarterLabel } from './review-helpers';

test('"Explore with sample data" opens a sample home with eight completed quarters', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeFocused();
  await expect(page.getByRole('banner')).toContainText('Rowan House (sample)');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  const reviews = page
    .getByRole('main')
    .getByRole('list')
    .filter({ hasText: 'Overall judgement' })
    .getByRole('listitem');
  await expect(reviews).toHaveCount(8);
  await expect(reviews.filter({ hasText: 'Completed' })).toHaveCount(8);
  // Newest first: the eight quarters before this one.
  const expected = Array.from({ length: 8 }, (_, i) => earlierQuarterLabel(i + 1));
  await expect(reviews.getByRole('heading')).toHaveText(expected.map((label) => `${label} review Completed`));

  // The sample home's own can be added alongside it from Settings.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('link', { name: 'Add another home' })).toBeVisible();
});
