import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { earlierQuarterLabel } from './review-helpers';

test('every review screen, draft and completed, has no serious accessibility problems', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  await expectNoSeriousViolations(page, 'first run with the sample data offer');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeFocused();
  await expectNoSeriousViolations(page, 'dashboard with the review card');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeFocused();
  await expectNoSeriousViolations(page, 'reviews list');

  await page.getByRole('link', { name: "Your home's own indicators" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Your home's own indicators" })).toBeFocused();
  await expectNoSeriousViolations(page, 'custom indicators');
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoSeriousViolations(page, 'custom indicators showing errors');

  // A completed review: overview with the reopen form, a domain and the summary, all read-only.
  await nav.getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('link', { name: `${earlierQuarterLabel(1)} review` }).click();
  await expect(page.getByRole('region', { name: 'Completed' })).toBeVisible();
  await expectNoSeriousViolations(page, 'completed review overview');
  await page.getByRole('button', { name: 'Reopen this review' }).click();
  await expect(page.getByLabel('Why are you reopening it?')).toBeFocused();
  await page.getByRole('button', { name: 'Reopen review' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoSeriousViolations(page, 'reopen form showing errors');
  await page
    .getByRole('link', { name: '8. Keeping children safe, consistency and quality assurance' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoSeriousViolations(page, 'completed domain step');
  await page
    .getByRole('navigation', { name: 'Steps in this review' })
    .getByRole('link', { name: 'Summary and sign-off' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary and sign-off' })).toBeFocused();
  await expectNoSeriousViolations(page, 'completed summary');

  // A draft review: the duplicate-quarter error, the overview, a domain step, the summary and its refusal.
  await nav.getByRole('link', { name: 'Reviews' }).click();
  await page.getByLabel('Quarter').selectOption({ label: earlierQuarterLabel(1) });
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByLabel('Quarter')).toHaveAccessibleDescription(
    new RegExp(`Error: Choose another quarter: there is already a review for ${earlierQuarterLabel(1)}\\.`),
  );
  await expectNoSeriousViolations(page, 'start review showing the duplicate quarter');
  await page.getByLabel('Quarter').selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leadership, vision and visibility' }),
  ).toBeFocused();
  const first = page.getByRole('group', { name: 'The manager is seen on all shift patterns' });
  await first.locator('summary', { hasText: 'More sources' }).click();
  await page.getByText('What each grade looks like in this domain').click();
  await expectNoSeriousViolations(page, 'domain step, with last quarter beside each indicator');

  await page.getByRole('link', { name: 'Review overview', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
  await expectNoSeriousViolations(page, 'draft review overview');

  await page.getByRole('link', { name: 'Summary and sign-off' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary and sign-off' })).toBeFocused();
  await expectNoSeriousViolations(page, 'draft summary');
  await page.getByRole('button', { name: 'Complete review' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoSeriousViolations(page, 'summary refusing to complete');
});
