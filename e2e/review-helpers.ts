import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { InputOf, OperationName, ResultOf } from '../contract/operations';
import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import type { BrowserModeApp } from './fixtures';
import { expect } from './fixtures';

/** All a helper that calls the app needs: its address (a second server a test started itself has one too). */
export type AppAddress = Pick<BrowserModeApp, 'url'>;

export const thisQuarter = () => quarterOf(new Date());
export const thisQuarterLabel = () => quarterLabel(thisQuarter());
export const earlierQuarterLabel = (count: number) => quarterLabel(addQuarters(thisQuarter(), -count));

/**
 * Calls the app the way the page does, for setting up what a test is not about (answers it would take
 * minutes to type). Everything a test checks still goes through the screens.
 */
export async function callApp<K extends OperationName>(
  request: APIRequestContext,
  app: AppAddress,
  name: K,
  input: InputOf<K>,
): Promise<ResultOf<K>> {
  const url = new URL(app.url);
  const response = await request.post(`${url.origin}/api/invoke`, {
    headers: { Origin: url.origin, 'X-Hallmarks-Key': url.searchParams.get('key') ?? '' },
    data: { name, input },
  });
  const result = (await response.json()) as { ok: boolean; value: ResultOf<K>; error?: { message: string } };
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
  return result.value;
}

/** Opens the app, creates the sample home from the first-run screen and returns the home's id. */
export async function openSampleHome(
  page: Page,
  app: BrowserModeApp,
  request: APIRequestContext,
): Promise<number> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  return (await callApp(request, app, 'homes.list', {})).find((h) => h.name.startsWith('Rowan House'))!.id;
}

/** Answers every indicator and domain of a review as Good, except the indicators named in `skip`. */
export async function answerReview(
  request: APIRequestContext,
  app: AppAddress,
  reviewId: number,
  { skip = [], summary = true }: { skip?: string[]; summary?: boolean } = {},
) {
  const review = await callApp(request, app, 'reviews.get', { id: reviewId });
  for (const indicator of review.indicators.filter((i) => !skip.includes(i.key))) {
    await callApp(request, app, 'reviews.saveIndicator', {
      reviewId,
      indicatorKey: indicator.key,
      rating: 3,
      note: `Evidence for ${indicator.key}.`,
      sources: ['staff-meetings'],
      otherSource: '',
      discuss: false,
    });
  }
  for (const domain of review.domains) {
    await callApp(request, app, 'reviews.saveDomain', {
      reviewId,
      domainKey: domain.key,
      judgement: 3,
      rationale: `Steady practice in ${domain.key}.`,
    });
  }
  if (summary) {
    await callApp(request, app, 'reviews.saveSummary', {
      reviewId,
      strengths: 'A settled team that knows the children well.',
      improvements: 'Feedback from families is not yet gathered in a planned way.',
      overall: 3,
    });
    // From framework version 2 the three SCCIF judgements replace the single overall.
    if (review.sccif) {
      for (const area of ['protection', 'leadership', 'experiences'] as const) {
        await callApp(request, app, 'reviews.saveJudgement', { reviewId, area, judgement: 3, reason: '' });
      }
    }
  }
}

/** Starts this quarter's review from the Reviews screen, as a manager would, and returns its id. */
export async function startReviewFromList(page: Page): Promise<number> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await page.getByLabel('Quarter').selectOption(thisQuarter());
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leadership, vision and visibility' }),
  ).toBeVisible();
  const match = /#\/reviews\/(\d+)\//.exec(page.url());
  if (!match) throw new Error(`Not on a review step: ${page.url()}`);
  return Number(match[1]);
}

/**
 * Opens a screen by its address and loads the page afresh, so it shows what the app holds now (a change
 * of address alone keeps the page, and what it had already fetched).
 */
export async function openScreen(page: Page, app: BrowserModeApp, hash: string) {
  await page.goto(`${app.url.split('?')[0]}${hash}`);
  await page.reload();
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The group of fields for the indicator whose statement contains `statement`. */
export const indicatorGroup = (page: Page, statement: string) => page.getByRole('group', { name: statement });

/** Starts a review of the only home (set up through the screens) for `quarter`. */
export async function startReviewOfOnlyHome(
  request: APIRequestContext,
  app: AppAddress,
  quarter = thisQuarter(),
) {
  const home = (await callApp(request, app, 'homes.list', {}))[0]!;
  return callApp(request, app, 'reviews.start', { homeId: home.id, quarter });
}

/** Answers every indicator and domain as Good, then signs the review off as Sam Patel. */
export async function answerAndComplete(
  request: APIRequestContext,
  app: AppAddress,
  reviewId: number,
  signedOn: string,
) {
  await answerReview(request, app, reviewId);
  await callApp(request, app, 'reviews.complete', {
    reviewId,
    signedByName: 'Sam Patel',
    signedByRole: 'Registered manager',
    signedOn,
  });
}
