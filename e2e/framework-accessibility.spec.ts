import type { Page } from '@playwright/test';
import { addQuarters, quarterOf } from '../contract/rules/quarters';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { answerReview, callApp, earlierQuarterLabel, openScreen, thisQuarter } from './review-helpers';

/** The page itself never scrolls sideways (wide tables scroll inside their own region). */
async function expectNoSidewaysScroll(page: Page, screen: string) {
  const { overflow, widest } = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    // The outermost elements that stick out, to say where the problem is.
    const out = [...document.querySelectorAll('body *')].filter(
      (e) =>
        e.getBoundingClientRect().right > limit + 1 &&
        !(e.parentElement!.getBoundingClientRect().right > limit + 1),
    );
    return {
      overflow: document.documentElement.scrollWidth - limit,
      widest: out.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
    };
  });
  expect(overflow, `${screen} scrolls sideways by ${overflow}px: ${widest.join(', ')}`).toBeLessThanOrEqual(
    0,
  );
}

for (const width of [1280, 640]) {
  test(`the screens changed for framework v2 pass axe with no sideways scroll at ${width} px`, async ({
    page,
    app,
    request,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
    const home = (await callApp(request, app, 'homes.list', {}))[0]!;
    const review = await callApp(request, app, 'reviews.start', { homeId: home.id, quarter: thisQuarter() });
    await answerReview(request, app, review.id, { summary: false });
    await callApp(request, app, 'reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: 'safe.missing-from-care',
      rating: 1,
      note: 'A return-home interview was not offered in time.',
      sources: ['missing-log'],
      otherSource: '',
      discuss: true,
    });
    await callApp(request, app, 'reviews.saveJudgement', {
      reviewId: review.id,
      area: 'protection',
      judgement: 1,
      reason: 'A child missing from care was not kept safe enough.',
    });
    const sample = await callApp(request, app, 'reviews.list', { homeId: home.id });
    const oldest = sample.at(-1)!;
    const figuresQuarter = addQuarters(quarterOf(new Date()), -1);

    const screens: [string, string, (() => Promise<void>)?][] = [
      ['dashboard', '#/'],
      ['reviews list', '#/reviews'],
      ['v2 domain step with a warning', `#/reviews/${review.id}/domain/safety`],
      ['v2 summary with the limiting rule', `#/reviews/${review.id}/summary`],
      ['v2 review overview', `#/reviews/${review.id}`],
      ['v1 review overview', `#/reviews/${oldest.id}`],
      ['v1 summary', `#/reviews/${oldest.id}/summary`],
      [
        'figures with an error',
        `#/figures/${figuresQuarter}`,
        async () => {
          await page.getByLabel('Shifts worked in the quarter').fill('480');
          await page.getByLabel('Of those, shifts worked by bank or relief staff').fill('900');
          await page.getByRole('button', { name: /^Save figures/ }).click();
          await expect(page.getByRole('alert')).toBeVisible();
        },
      ],
      [
        'figures with a warning',
        `#/figures/${figuresQuarter}`,
        async () => {
          await page.getByLabel('Children living in the home at the start of the quarter').fill('6');
          await page.getByRole('button', { name: /^Save figures/ }).click();
          await expect(page.getByRole('button', { name: 'Save anyway' })).toBeVisible();
        },
      ],
    ];
    for (const [name, hash, act] of screens) {
      await openScreen(page, app, hash);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
      if (act) await act();
      await expectNoSeriousViolations(page, `${name} at ${width} px`);
      await expectNoSidewaysScroll(page, `${name} at ${width} px`);
      await page.screenshot({
        path: `/tmp/framework-shots/${width}-${name.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
    }
    expect(earlierQuarterLabel(1)).toBeTruthy();
  });
}
