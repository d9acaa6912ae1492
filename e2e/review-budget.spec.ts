import { currentFramework } from '../db/framework';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApp, startReviewFromList } from './review-helpers';
import { setUpHome } from './set-up-home';

/** Every key press and click the test makes goes through here, so the budget counts all of them. */
function counted(page: Page) {
  const count = { keys: 0, clicks: 0 };
  return {
    count,
    press: async (key: string) => {
      count.keys += 1;
      await page.keyboard.press(key);
    },
    click: async (target: Locator) => {
      count.clicks += 1;
      await target.click();
    },
  };
}

const focused = (target: Locator) => expect(target).toBeFocused();

test('a whole domain is rated, with sources, within 8 key presses or 3 clicks per indicator', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(120_000);
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const reviewId = await startReviewFromList(page);
  const main = page.getByRole('main');
  const indicators = main.locator('fieldset.indicator');

  // Keyboard: domain 1, from its heading to its judgement.
  await focused(page.getByRole('heading', { level: 1, name: 'Leadership, vision and visibility' }));
  const keyboard = counted(page);
  const leadershipCount = await indicators.count();
  // A new review uses the current framework: version 3's leadership domain has 7 indicators.
  expect(leadershipCount).toBe(
    currentFramework.domains.find((d) => d.key === 'leadership')!.indicators.length,
  );
  expect(leadershipCount).toBe(7);
  const firstRating = indicators.nth(0).getByLabel('Outstanding', { exact: true });
  for (let i = 0; i < 20 && !(await firstRating.evaluate((e) => e === document.activeElement)); i += 1) {
    await keyboard.press('Tab');
  }
  for (let i = 0; i < leadershipCount; i += 1) {
    const indicator = indicators.nth(i);
    await focused(indicator.getByLabel('Outstanding', { exact: true }));
    await keyboard.press('ArrowDown');
    await expect(indicator.getByLabel('Good', { exact: true })).toBeChecked();
    if (i === 0) {
      // No earlier sources to reuse: tick the first likely source, then back to "Next unrated indicator".
      await keyboard.press('Tab');
      await focused(indicator.getByRole('button', { name: 'Next unrated indicator' }));
      await keyboard.press('Tab');
      await keyboard.press('Tab');
      await focused(indicator.getByRole('checkbox').first());
      await keyboard.press('Space');
      await keyboard.press('Shift+Tab');
      await keyboard.press('Shift+Tab');
    } else {
      await keyboard.press('Tab');
      await focused(indicator.getByRole('button', { name: /^Same sources as the last indicator/ }));
      await keyboard.press('Enter');
      await keyboard.press('Tab');
    }
    await focused(indicator.getByRole('button', { name: 'Next unrated indicator' }));
    await keyboard.press('Enter');
  }
  const judgement = main.getByRole('group', { name: /^Judgement for / });
  await focused(judgement.getByLabel('Outstanding', { exact: true }));
  await keyboard.press('ArrowDown');
  await expect(judgement.getByLabel('Good', { exact: true })).toBeChecked();
  console.log(
    `Keyboard: ${keyboard.count.keys} key presses for ${leadershipCount} indicators and the judgement`,
  );
  expect(keyboard.count.keys / leadershipCount).toBeLessThanOrEqual(8);
  expect(keyboard.count.clicks).toBe(0);

  // Mouse: domain 2, from the steps panel to its judgement.
  const mouse = counted(page);
  await mouse.click(
    page.getByRole('navigation', { name: 'Steps in this review' }).getByRole('link', { name: /^2\. / }),
  );
  await expect(
    page.getByRole('heading', { level: 1, name: 'Staffing continuity and stability' }),
  ).toBeVisible();
  const staffingCount = await indicators.count();
  for (let i = 0; i < staffingCount; i += 1) {
    const indicator = indicators.nth(i);
    await mouse.click(indicator.getByLabel('Good', { exact: true }));
    await mouse.click(indicator.getByRole('button', { name: /^Same sources as the last indicator/ }));
  }
  await mouse.click(main.getByRole('group', { name: /^Judgement for / }).getByLabel('Good', { exact: true }));
  console.log(`Mouse: ${mouse.count.clicks} clicks for ${staffingCount} indicators and the judgement`);
  expect(mouse.count.clicks / staffingCount).toBeLessThanOrEqual(3);
  expect(mouse.count.keys).toBe(0);

  // Everything was saved: every indicator in both domains Good with a source, both domains judged Good.
  await expect
    .poll(async () => {
      const review = await callApp(request, app, 'reviews.get', { id: reviewId });
      const done = review.indicators.filter((i) => ['leadership', 'staffing'].includes(i.domainKey));
      return [
        done.every((i) => i.rating === 3 && i.sources.length > 0),
        review.domains.filter((d) => d.judgement === 3).map((d) => d.key),
      ];
    })
    .toEqual([true, ['leadership', 'staffing']]);
});
