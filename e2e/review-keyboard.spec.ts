import { expect, test } from './fixtures';
import { earlierQuarterLabel, tabTo } from './review-helpers';
import { setUpHome } from './set-up-home';

test('a whole review can be done with the keyboard alone', async ({ page, app }) => {
  // Each indicator also has an Add an action button to tab past.
  test.setTimeout(360_000);
  await setUpHome(page, app.url, { name: 'Oak Lodge', registeredManager: 'Sam Patel' });
  const main = page.getByRole('main');
  const steps = page.getByRole('navigation', { name: 'Steps in this review' });

  // From the dashboard heading, back to the main navigation and on to Reviews.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }), {
    back: true,
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeFocused();
  // The quarter just ended is offered first, as a review is of a finished quarter.
  await tabTo(page, page.getByRole('button', { name: 'Start review' }));
  await page.keyboard.press('Enter');

  for (let domain = 1; domain <= 8; domain += 1) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(steps.locator('[aria-current="step"]')).toContainText(`${domain}. `);
    const indicators = main.locator('fieldset.indicator');
    const count = await indicators.count();
    for (let i = 0; i < count; i += 1) {
      const indicator = indicators.nth(i);
      // Tab reaches the rating group at its first choice; the down arrow moves on to Good and chooses it.
      await tabTo(page, indicator.getByLabel('Outstanding', { exact: true }));
      await page.keyboard.press('ArrowDown');
      await expect(indicator.getByLabel('Good', { exact: true })).toBeChecked();
      if (i === 0) {
        await tabTo(page, indicator.getByLabel('Evidence note'));
        await page.keyboard.type(`Evidence for domain ${domain}.`);
      }
    }
    await expect(page.getByText(`This domain: ${count} of ${count} indicators rated`)).toBeVisible();
    await expect(main.getByText(/^Suggested: Good/)).toBeVisible();

    const judgement = main.getByRole('group', { name: /^Judgement for / });
    await tabTo(page, judgement.getByLabel('Outstanding', { exact: true }));
    await page.keyboard.press('ArrowDown');
    await expect(judgement.getByLabel('Good', { exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Why you reached this judgement')).toBeFocused();
    await page.keyboard.type('Ratings are consistently good, with evidence for each.');

    await tabTo(page, main.getByRole('link', { name: /^Next: / }));
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Summary and sign-off' })).toBeFocused();
  await tabTo(page, page.getByLabel('Strengths'));
  await page.keyboard.type('Stable, caring team; children are listened to.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Areas to improve')).toBeFocused();
  await page.keyboard.type('Gather families’ views in a planned way.');
  // The three judgements: each suggested Good, confirmed from the keyboard.
  for (const name of [/overall experiences/i, /helped and protected/i, /leaders and managers/i]) {
    const group = main.getByRole('group', { name });
    await tabTo(page, group.getByLabel('Outstanding', { exact: true }));
    await page.keyboard.press('ArrowDown');
    await expect(group.getByLabel('Good', { exact: true })).toBeChecked();
  }
  for (const title of [
    'Overall experiences and progress of children and young people',
    'How well children and young people are helped and protected',
    'The effectiveness of leaders and managers',
  ]) {
    await expect(main.getByRole('region', { name: title }).getByRole('status')).toHaveText('Saved');
  }
  await tabTo(page, page.getByLabel('Your name'));
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Patel');
  await tabTo(page, page.getByRole('button', { name: 'Complete review' }));
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('heading', { level: 1, name: `Review for ${earlierQuarterLabel(1)}` }),
  ).toBeVisible();
  await expect(main.getByRole('region', { name: 'Completed' })).toContainText(
    'by Sam Patel (Registered manager). This review is read-only.',
  );
  await expect(main.getByText('Completed', { exact: true }).first()).toBeVisible();

  // Read-only everywhere: the domain pages show the answers as text, with nothing to edit.
  await tabTo(page, main.getByRole('link', { name: '5. Education and learning' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Education and learning' })).toBeFocused();
  await expect(main.getByText('Evidence for domain 5.')).toBeVisible();
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('radio')).toHaveCount(0);
  await expect(main.getByRole('checkbox')).toHaveCount(0);
});
