import { expect, test } from './fixtures';
import {
  answerReview,
  callApp,
  earlierQuarterLabel,
  openScreen,
  startReviewFromList,
} from './review-helpers';
import { setUpHome } from './set-up-home';

const saved = /^Saved$/;

test('a manager confirms the three judgements, and changes one with a reason', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId, { summary: false });
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);
  const main = page.getByRole('main');

  const experiences = main.getByRole('region', { name: 'Overall experiences and progress of children' });
  const protection = main.getByRole('region', { name: 'How well children are helped and protected' });
  const leadership = main.getByRole('region', { name: 'The effectiveness of leaders and managers' });
  await expect(protection).toContainText(
    'Suggested: Good — Informed by Keeping children safe, consistency and quality assurance (domain): Good; Behaviour and restraint: Good;',
  );
  await expect(leadership).toContainText('Informed by Leadership, vision and visibility (domain): Good;');
  // The meaning of each grade sits beside it.
  await expect(protection.getByLabel('Good', { exact: true })).toHaveAccessibleDescription(
    'The benchmark: a clear, positive impact on children',
  );

  for (const region of [experiences, protection, leadership]) {
    await region.getByLabel('Good', { exact: true }).check();
    await expect(region.getByRole('status')).toHaveText(saved);
  }

  // Changing a suggestion asks why, and saves once the reason is written.
  await leadership.getByLabel('Requires improvement to be good', { exact: true }).check();
  const reason = leadership.getByLabel('Why you changed the suggestion');
  await expect(reason).toBeVisible();
  await reason.fill('Supervision slipped for night staff this quarter, and I have not yet put it right.');
  await reason.blur();
  await expect(leadership.getByRole('status')).toHaveText(saved);

  const review = await callApp(request, app, 'reviews.get', { id: reviewId });
  expect(review.sccif!.map((j) => [j.area, j.judgement, j.reason])).toEqual([
    ['experiences', 3, ''],
    ['protection', 3, ''],
    ['leadership', 2, 'Supervision slipped for night staff this quarter, and I have not yet put it right.'],
  ]);
});

test('helped and protected Inadequate makes the overall Inadequate, and the page says why', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId, { summary: false });
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);
  const main = page.getByRole('main');
  const experiences = main.getByRole('region', { name: 'Overall experiences and progress of children' });
  const protection = main.getByRole('region', { name: 'How well children are helped and protected' });

  await experiences.getByLabel('Good', { exact: true }).check();
  await expect(experiences.getByRole('status')).toHaveText(saved);

  await protection.getByLabel('Inadequate', { exact: true }).check();
  await protection
    .getByLabel('Why you changed the suggestion')
    .fill('A child missing from care was not offered a return-home interview in time.');
  await protection.getByLabel('Why you changed the suggestion').blur();
  await expect(protection.getByRole('status')).toHaveText(saved);

  await expect(experiences.getByLabel('Inadequate', { exact: true })).toBeChecked();
  await expect(experiences.getByTestId('limiting-rule')).toHaveText(
    'A limiting rule applies. How well children are helped and protected is Inadequate. That is a limiting judgement, so overall experiences and progress is Inadequate.',
  );
  for (const grade of ['Outstanding', 'Good', 'Requires improvement to be good']) {
    await expect(experiences.getByLabel(grade, { exact: true })).toBeDisabled();
  }
  await expect(experiences).toContainText(/^.*Suggested: Inadequate/);
  const review = await callApp(request, app, 'reviews.get', { id: reviewId });
  expect(review.overall).toBe(1);
});

test('a sample review made before version 2 still shows its own overall, and its three as not recorded', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  // The oldest of the eight sample quarters was reviewed with version 1.
  await page.getByRole('link', { name: `${earlierQuarterLabel(8)} review` }).click();
  const facts = page.locator('.review-facts');
  await expect(facts).toContainText('Overall judgementGood');
  await expect(facts).toContainText('The three SCCIF judgementsNot recorded (made before version 2)');
  await page.getByRole('link', { name: 'Summary and sign-off' }).first().click();
  const summary = page.getByRole('main');
  await expect(summary).toContainText('Overall judgementGood');
  await expect(summary).toContainText(
    'How well children are helped and protectedNot recorded (made before version 2)',
  );
});
