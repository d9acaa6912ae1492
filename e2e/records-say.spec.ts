import type { Page } from '@playwright/test';
import { addQuarters, quarterDates } from '../contract/rules/quarters';
import { expect, test, type BrowserModeApp } from './fixtures';
import {
  answerReview,
  callApp,
  indicatorGroup,
  openScreen,
  startReviewFromList,
  thisQuarter,
} from './review-helpers';
import { setUpHome } from './set-up-home';

/** Opens the summary and signs off on the first day of this quarter. */
async function signOff(page: Page, app: BrowserModeApp, reviewId: number) {
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);
  await page.getByLabel('Your name').fill('Sam Patel');
  await page
    .getByLabel('Date of sign-off')
    .fill(quarterDates(thisQuarter()).start.split('-').reverse().join('/'));
  await page.getByRole('button', { name: 'Complete review' }).click();
}

const REG44_STATEMENT =
  "Each recommendation from a Regulation 44 visit is considered and answered within the timescale the independent person's report sets.";

test('"Your records say" shows an overdue Reg 44 recommendation at rating time, and a Good rating asks why', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', registeredManager: 'Sam Patel' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId);
  const { homeId } = await callApp(request, app, 'reviews.get', { id: reviewId });
  // Last quarter's visit, whose recommendation was due by the end of that quarter and is still unanswered.
  const last = quarterDates(addQuarters(thisQuarter(), -1));
  const { savedId: visitId } = await callApp(request, app, 'reg44.saveVisit', {
    homeId,
    visitedOn: last.start,
    visitor: 'A Visitor',
    reportReceivedOn: null,
  });
  await callApp(request, app, 'reg44.saveRecommendation', {
    visitId,
    text: 'Review the missing-from-care protocol with every shift.',
    respondBy: last.end,
    response: '',
    respondedOn: null,
  });

  await openScreen(page, app, `#/reviews/${reviewId}/domain/safety`);
  const indicator = indicatorGroup(page, REG44_STATEMENT);
  const records = indicator.getByRole('complementary', { name: 'Your records say' });
  await expect(records).toContainText(
    'Reg 44 records: 1 recommendation is not yet answered, 1 past the timescale the independent person set',
  );
  await expect(records.getByRole('link', { name: 'Reg 44 visits' })).toHaveAttribute('href', '#/inspections');
  // Rated Good while the records suggest requires improvement: one sentence is asked.
  const why = indicator.getByLabel('Why this rating is above what your records suggest');
  await expect(why).toHaveAccessibleDescription(
    'Your records suggest Requires improvement to be good. One sentence is enough; it is asked before sign-off.',
  );

  await signOff(page, app, reviewId);
  const problems = page.getByRole('alert');
  await expect(problems.getByRole('listitem')).toHaveText([
    `Keeping children safe, consistency and quality assurance: say in one sentence why "${REG44_STATEMENT.slice(0, 117).trimEnd()}…" is Good when your records suggest Requires improvement to be good.`,
  ]);
  await problems.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Keeping children safe/ })).toBeVisible();

  await why.fill('The visitor agreed in writing to move the timescale to the end of this month.');
  await why.blur();
  await expect
    .poll(
      async () =>
        (await callApp(request, app, 'reviews.get', { id: reviewId })).indicators.find(
          (i) => i.key === 'safe.reg44',
        )?.recordsReason,
    )
    .toMatch(/move the timescale/);

  await signOff(page, app, reviewId);
  await expect(page.getByRole('region', { name: 'Completed' })).toContainText('Completed on');
});
