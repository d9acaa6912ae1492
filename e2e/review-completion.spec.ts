import { expect, test } from './fixtures';
import {
  answerAndComplete,
  answerReview,
  openScreen,
  startReviewFromList,
  startReviewOfOnlyHome,
} from './review-helpers';
import { setUpHome } from './set-up-home';

test('completing is refused with a clear list of what is missing, each linked to its place', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', registeredManager: 'Sam Patel' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId, {
    skip: ['edu.place', 'edu.participation'],
    summary: false,
  });
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);
  await expect(page.getByRole('heading', { level: 1, name: 'Summary and sign-off' })).toBeVisible();

  await page.getByRole('button', { name: 'Complete review' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('Finish these 6 things before signing off');
  await expect(problems.getByRole('listitem')).toHaveText([
    'Education and learning: 2 of 6 indicators still to rate.',
    'Summary: the strengths.',
    'Summary: the areas to improve.',
    'Summary: the judgement on overall experiences and progress of children and young people.',
    'Summary: the judgement on how well children and young people are helped and protected.',
    'Summary: the judgement on the effectiveness of leaders and managers.',
  ]);

  await problems.getByRole('link', { name: 'Summary: the strengths.' }).click();
  await expect(page.getByLabel('Strengths')).toBeFocused();

  await problems.getByRole('link', { name: /^Education and learning:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Education and learning' })).toBeFocused();
  await expect(page.getByText('This domain: 4 of 6 indicators rated')).toBeVisible();
});

test('the sign-off date must be a real date, written day/month/year', async ({ page, app, request }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId);
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);

  await page.getByLabel('Date of sign-off').fill('31/02/2026');
  await page.getByRole('button', { name: 'Complete review' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByLabel('Your name')).toHaveAccessibleDescription(
    'Error: Enter the name of the person signing off',
  );
  await expect(page.getByLabel('Date of sign-off')).toHaveAccessibleDescription(
    'Day, month and year, for example 26/11/2026 Error: Enter a real date, for example 26/11/2026',
  );

  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByLabel('Date of sign-off').fill('05/10/2026');
  await page.getByRole('button', { name: 'Complete review' }).click();
  await expect(page.getByRole('region', { name: 'Completed' })).toContainText(
    'Completed on 5 October 2026 by Sam Patel (Registered manager). This review is read-only.',
  );
});

test('a completed review cannot be edited, and reopening it needs a reason that goes in the history', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const review = await startReviewOfOnlyHome(request, app);
  await answerAndComplete(request, app, review.id, '2026-10-05');

  await openScreen(page, app, `#/reviews/${review.id}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('region', { name: 'Completed' })).toContainText(
    'Completed on 5 October 2026 by Sam Patel (Registered manager). This review is read-only.',
  );
  await expect(main.getByRole('link', { name: 'Continue where you left off' })).toHaveCount(0);
  // Results first; reopening sits behind a button after them, and Cancel puts it away again.
  await expect(main).toContainText('52 of 52 indicators rated');
  await expect(main.getByRole('textbox')).toHaveCount(0);
  const reopenButton = main.getByRole('button', { name: 'Reopen this review' });
  await expect(reopenButton).toHaveAttribute('aria-expanded', 'false');
  const results = main.getByRole('table', { name: 'Progress and judgement for each domain' });
  expect((await results.boundingBox())!.y).toBeLessThan((await reopenButton.boundingBox())!.y);
  await reopenButton.click();
  await expect(page.getByLabel('Why are you reopening it?')).toBeFocused();
  await main.getByRole('button', { name: 'Cancel' }).click();
  await expect(reopenButton).toBeFocused();
  await expect(main.getByRole('textbox')).toHaveCount(0);

  for (const [hash, heading] of [
    [`#/reviews/${review.id}/domain/voice`, "Children's voice and experience"],
    [`#/reviews/${review.id}/summary`, 'Summary and sign-off'],
  ] as const) {
    await openScreen(page, app, hash);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Completed' })).toContainText('This review is read-only.');
    for (const role of ['textbox', 'radio', 'checkbox', 'button'] as const) {
      await expect(main.getByRole(role)).toHaveCount(0);
    }
  }
  await expect(main.getByText('A settled team that knows the children well.')).toBeVisible();

  // The banner leads to reopening, which needs a reason and a name.
  await main.getByRole('link', { name: 'Reopen review' }).click();
  await expect(page.getByLabel('Why are you reopening it?')).toBeFocused();
  await page.getByRole('button', { name: 'Reopen review' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByLabel('Why are you reopening it?')).toHaveAccessibleDescription(
    /Error: Say why the review is being reopened/,
  );
  await expect(page.getByLabel('Your name')).toHaveAccessibleDescription('Error: Enter your name');
  await expect(main.getByRole('region', { name: 'Completed' })).toBeVisible();

  await page.getByLabel('Why are you reopening it?').fill('The Regulation 44 visit found gaps in education.');
  await page.getByLabel('Your name').fill('Jo Turner');
  await page.getByRole('button', { name: 'Reopen review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The review is a draft again.' })).toBeFocused();
  await expect(main.getByRole('region', { name: 'Completed' })).toHaveCount(0);
  await expect(main.getByText('Draft', { exact: true })).toBeVisible();
  const history = main.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').nth(1)).toContainText(
    /^Completed by Sam Patel on \d{1,2} \w+ \d{4} at/,
  );
  await expect(history.getByRole('listitem').nth(2)).toContainText(
    /^Reopened by Jo Turner on \d{1,2} \w+ \d{4} at \d\d:\d\dBecause: “The Regulation 44 visit found gaps in education.”$/,
  );

  await openScreen(page, app, `#/reviews/${review.id}/domain/voice`);
  await expect(main.getByRole('radio', { name: 'Good', exact: true }).first()).toBeChecked();
});

test('every problem shows at once: an empty name does not hide what the review still needs', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId, { skip: ['edu.place'] });
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);

  await page.getByLabel('Your name').fill('');
  await page.getByRole('button', { name: 'Complete review' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('Finish these 2 things before signing off');
  await expect(problems.getByRole('listitem')).toHaveText([
    'Education and learning: 1 of 6 indicators still to rate.',
    'Enter the name of the person signing off',
  ]);
  await expect(page.getByLabel('Your name')).toHaveAccessibleDescription(
    'Error: Enter the name of the person signing off',
  );
  await problems.getByRole('link', { name: 'Enter the name of the person signing off' }).click();
  await expect(page.getByLabel('Your name')).toBeFocused();
});
