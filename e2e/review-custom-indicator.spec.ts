import { expect, test } from './fixtures';
import { earlierQuarterLabel, indicatorGroup, thisQuarterLabel } from './review-helpers';

const OWN = 'Children help plan the summer holiday and choose at least one day out.';

test("a home's own indicator joins the next review but never an earlier, completed one", async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Reviews' }).click();

  await page.getByRole('link', { name: "Your home's own indicators" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Your home's own indicators" })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Completed reviews never change');
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByLabel('Domain')).toHaveAccessibleDescription(
    'Error: Choose the domain the indicator belongs to',
  );
  await expect(page.getByLabel('Indicator', { exact: true })).toHaveAccessibleDescription(
    /Error: Write the indicator$/,
  );

  await page.getByLabel('Domain').selectOption({ label: "3. Children's voice and experience" });
  await page.getByLabel('Indicator', { exact: true }).fill(OWN);
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: "Added to Children's voice and experience." }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: "3. Children's voice and experience" })).toContainText(OWN);

  // The next review has it, marked as the home's own.
  await nav.getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leadership, vision and visibility' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Steps in this review' })
    .getByRole('link', { name: /^3\. / })
    .click();
  const own = indicatorGroup(page, OWN);
  await expect(own).toBeVisible();
  // The next review is on framework version 3, whose children's voice domain has seven indicators.
  await expect(own.getByRole('heading')).toHaveText(`3.8 ${OWN} Your home's indicator`);
  await expect(page.getByText('This domain: 0 of 8 indicators rated')).toBeVisible();
  await own.getByLabel('Not enough evidence yet').check();
  await expect(own.getByRole('status')).toHaveText('Saved');
  await expect(own).toContainText(`This indicator was not in the review for ${earlierQuarterLabel(1)}.`);

  // The completed review of last quarter is unchanged.
  await nav.getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('link', { name: `${earlierQuarterLabel(1)} review` }).click();
  await page.getByRole('link', { name: "3. Children's voice and experience" }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: "Children's voice and experience" }),
  ).toBeFocused();
  await expect(page.getByRole('region', { name: 'Completed' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(OWN);
  await expect(page.getByText('This domain: 6 of 6 indicators rated')).toBeVisible();

  await nav.getByRole('link', { name: 'Reviews' }).click();
  await expect(page.getByRole('link', { name: `${thisQuarterLabel()} review` })).toBeVisible();
});
