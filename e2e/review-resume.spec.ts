import { expect, test } from './fixtures';
import { earlierQuarterLabel, indicatorGroup, startReviewFromList, thisQuarterLabel } from './review-helpers';
import { setUpHome } from './set-up-home';

const COMPLAINTS = 'Children know how to complain and can see that complaints lead to change.';
const NOTE =
  'Two complaints this quarter (KT, JM). Both led to changes: later curfew at weekends.\nSee the log.';

test('work in progress survives a reload and a restart, and the review carries on where it was left', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await startReviewFromList(page);

  await page
    .getByRole('navigation', { name: 'Steps in this review' })
    .getByRole('link', { name: /^3\. / })
    .click();
  const heading = page.getByRole('heading', { level: 1, name: "Children's voice and experience" });
  await expect(heading).toBeFocused();

  const indicator = indicatorGroup(page, COMPLAINTS);
  await indicator.getByLabel('Evidence note').fill(NOTE);
  await indicator.getByLabel('Good', { exact: true }).check();
  await expect(indicator.getByRole('status')).toHaveText('Saved');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.reload();
  await expect(heading).toBeVisible();
  await expect(indicator.getByLabel('Good', { exact: true })).toBeFocused();
  await expect(indicator.getByLabel('Good', { exact: true })).toBeChecked();
  await expect(indicator.getByLabel('Evidence note')).toHaveValue(NOTE);
  await expect(page.getByText('This domain: 1 of 7 indicators rated')).toBeVisible();

  await app.restart();
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('link', { name: `${thisQuarterLabel()} review` }).click();
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(heading).toBeVisible();
  await expect(indicator.getByLabel('Good', { exact: true })).toBeFocused();
  await expect(indicator.getByLabel('Evidence note')).toHaveValue(NOTE);
  await expect(
    page.getByRole('navigation', { name: 'Steps in this review' }).getByRole('link', { name: /^3\. / }),
  ).toHaveAttribute('aria-current', 'step');
});

test('"Saved" waits for the app to confirm, and a failed save keeps the text and can be tried again', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await startReviewFromList(page);
  const indicator = indicatorGroup(page, 'The manager is seen on all shift patterns');
  const status = indicator.getByRole('status');

  // Hold the first save in flight to see what the page says meanwhile, then make it fail.
  let fail = () => {};
  const failed = new Promise<void>((resolve) => (fail = resolve));
  let seen = () => {};
  const saveSeen = new Promise<void>((resolve) => (seen = resolve));
  await page.route('**/api/invoke', async (route) => {
    if (route.request().postDataJSON()?.name !== 'reviews.saveIndicator') return route.continue();
    seen();
    await failed;
    await route.abort();
  });

  await indicator.getByLabel('Evidence note').fill('Rota shows evenings and two weekends.');
  await indicator.getByLabel('Evidence note').blur();
  await saveSeen;
  await expect(status).toHaveText('Saving…');
  fail();
  await expect(status).toContainText('Not saved.');
  await expect(indicator.getByLabel('Evidence note')).toHaveValue('Rota shows evenings and two weekends.');
  await expect(page.getByText('Some changes are not saved.')).toBeVisible();

  await page.unroute('**/api/invoke');
  await indicator.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toHaveText('Saved');
  await page.reload();
  await expect(indicator.getByLabel('Evidence note')).toHaveValue('Rota shows evenings and two weekends.');
});

test('the dashboard offers to carry on with the review, straight to where it was left', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const card = page.getByRole('region', { name: /^This quarter: / });
  // A review looks back: the dashboard offers the quarter just ended.
  await card.getByRole('button', { name: `Start the review for ${earlierQuarterLabel(1)}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leadership, vision and visibility' }),
  ).toBeFocused();
  await page
    .getByRole('navigation', { name: 'Steps in this review' })
    .getByRole('link', { name: /^3\. / })
    .click();
  const indicator = indicatorGroup(page, COMPLAINTS);
  await indicator.getByLabel('Requires improvement to be good').check();
  await expect(indicator.getByRole('status')).toHaveText('Saved');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(card).toContainText(
    `Continue your review for ${earlierQuarterLabel(1)} — 1 of 52 indicators rated`,
  );
  await card.getByRole('link', { name: `Continue your review for ${earlierQuarterLabel(1)}` }).click();
  await expect(indicator.getByLabel('Requires improvement to be good')).toBeFocused();
});
