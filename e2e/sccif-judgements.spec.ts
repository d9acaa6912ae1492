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

  const experiences = main.getByRole('region', {
    name: 'Overall experiences and progress of children and young people',
  });
  const protection = main.getByRole('region', {
    name: 'How well children and young people are helped and protected',
  });
  const leadership = main.getByRole('region', { name: 'The effectiveness of leaders and managers' });
  await expect(protection).toContainText(
    'Suggested: Good — Informed by Keeping children safe, consistency and quality assurance (domain): Good; Risks to each child: Good; Missing from care: Good; Allegations, concerns and notifications: Good; Behaviour and restraint: Good;',
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
  const experiences = main.getByRole('region', {
    name: 'Overall experiences and progress of children and young people',
  });
  const protection = main.getByRole('region', {
    name: 'How well children and young people are helped and protected',
  });

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
    'A limiting rule applies. How well children and young people are helped and protected is Inadequate. That is a limiting judgement, so overall experiences and progress of children and young people is Inadequate.',
  );
  for (const grade of ['Outstanding', 'Good', 'Requires improvement to be good']) {
    await expect(experiences.getByLabel(grade, { exact: true })).toBeDisabled();
  }
  await expect(experiences).toContainText(/^.*Suggested: Inadequate/);
  const review = await callApp(request, app, 'reviews.get', { id: reviewId });
  expect(review.overall).toBe(1);
});

test('helped and protected is suggested from safety, and leaders and managers is asked about it', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', registeredManager: 'Sam Patel' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId, { summary: false });
  // Every other input is Good: missing from care Inadequate and the safety domain requires improvement.
  await callApp(request, app, 'reviews.saveIndicator', {
    reviewId,
    indicatorKey: 'safe.missing-from-care',
    rating: 1,
    note: 'K was missing twice; no return-home interview was offered in time.',
    sources: ['missing-log'],
    otherSource: '',
    discuss: false,
  });
  await callApp(request, app, 'reviews.saveDomain', {
    reviewId,
    domainKey: 'safety',
    judgement: 2,
    rationale: 'Missing-from-care practice fell short.',
  });
  await callApp(request, app, 'reviews.saveSummary', {
    reviewId,
    strengths: 'A settled team.',
    improvements: 'Missing from care.',
    overall: null,
  });
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);
  const main = page.getByRole('main');
  const protection = main.getByRole('region', {
    name: 'How well children and young people are helped and protected',
  });
  const leadership = main.getByRole('region', { name: 'The effectiveness of leaders and managers' });
  const experiences = main.getByRole('region', {
    name: 'Overall experiences and progress of children and young people',
  });

  await expect(protection).toContainText('Suggested: Requires improvement to be good — ');
  await expect(protection).toContainText(
    'Missing from care is Inadequate, so the suggestion is requires improvement to be good at best.',
  );
  await expect(protection).toContainText('Warning: Inadequate is likely: say how children are safe now.');
  await expect(leadership.getByTestId('monitoring-prompt')).toHaveText(
    'Your own monitoring: How well children and young people are helped and protected is Requires improvement to be good. Did your own monitoring miss this? If the effectiveness of leaders and managers stays Good or better, say why.',
  );

  // Accepting the suggestion saves at once and asks how children are safe now.
  await protection.getByLabel('Requires improvement to be good', { exact: true }).check();
  await expect(protection.getByRole('status')).toHaveText(saved);
  await expect(protection.getByLabel('How children are safe now')).toBeVisible();
  await leadership.getByLabel('Good', { exact: true }).check();
  await expect(leadership.getByRole('status')).toHaveText(saved);
  await experiences.getByLabel('Good', { exact: true }).check();
  await expect(experiences.getByRole('status')).toHaveText(saved);

  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByLabel('Date of sign-off').fill('05/10/2026');
  await page.getByRole('button', { name: 'Complete review' }).click();
  const problems = page.getByRole('alert');
  await expect(problems.getByRole('listitem')).toHaveText([
    'Summary: how children are safe now, with how well children and young people are helped and protected above Inadequate while a safeguarding indicator is Inadequate.',
    'Summary: why the effectiveness of leaders and managers is still Good when how well children and young people are helped and protected is Requires improvement to be good.',
  ]);
  await problems.getByRole('link', { name: /^Summary: why the effectiveness of leaders/ }).click();
  const why = leadership.getByLabel('Why the effectiveness of leaders and managers is still Good');
  await expect(why).toBeFocused();
  await why.fill('Our weekly audit of the missing log found the gap; the protocol was rewritten that week.');
  await why.blur();
  await expect(leadership.getByRole('status')).toHaveText(saved);

  // Choosing Inadequate, which the suggestion says is likely, needs no defence and limits the overall.
  await protection.getByLabel('Inadequate', { exact: true }).check();
  await expect(protection.getByRole('status')).toHaveText(saved);
  await expect(experiences.getByLabel('Inadequate', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Complete review' }).click();
  await expect(page.getByRole('region', { name: 'Completed' })).toContainText('Completed on 5 October 2026');

  const review = await callApp(request, app, 'reviews.get', { id: reviewId });
  expect(review.sccif!.map((j) => [j.area, j.judgement, j.suggested])).toEqual([
    ['experiences', 1, 1],
    ['protection', 1, 2],
    ['leadership', 3, 3],
  ]);
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
    'How well children and young people are helped and protectedNot recorded (made before version 2)',
  );
});
