import { expect, test } from './fixtures';
import { callApp, openScreen, thisQuarter } from './review-helpers';
import { setUpHome } from './set-up-home';
import { openViews, saveSurveys, todayTyped, typeInPaperSurvey } from './voice-helpers';

test('typed-in paper surveys show results from the third, and an edited question keeps past answers', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await setUpHome(page, app.url, { name: 'Oak House' });
  await openViews(page);
  await expect(page.getByRole('main')).toContainText('No surveys yet.');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Paper surveys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paper surveys' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is it like living here?' })).toBeVisible();

  await typeInPaperSurvey(page, 'Always');
  await typeInPaperSurvey(page, 'Sometimes');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Results' }).click();
  const main = page.getByRole('main');
  // Below the threshold not even the number of surveys shows: a count could point to a child.
  await expect(main.getByRole('heading', { level: 3 })).toHaveText(
    /: results hidden until at least 3 young people have answered$/,
  );
  await expect(main).not.toContainText(/\d surveys?|typed in from paper/);
  await expect(main.getByText(/Always: \d/)).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Paper surveys' }).click();
  await typeInPaperSurvey(page, 'Never');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Results' }).click();
  await expect(main).toContainText('3 surveys, 3 typed in from paper');
  const safe = main.getByRole('row', { name: /^I feel safe living here\./ });
  await expect(safe).toContainText('Always: 1, Most of the time: 0, Sometimes: 1, Never: 1');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Questions' }).click();
  await page.getByRole('button', { name: 'Change “I feel safe living here.”' }).click();
  const wording = page.getByLabel('The question', { exact: true }).last();
  await expect(wording).toBeFocused();
  await wording.fill('I feel safe in this house.');
  await page.getByRole('button', { name: 'Save the new wording' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Answers already given keep the old words' }),
  ).toBeVisible();
  await expect(
    main.locator('.voice-questions__wording', { hasText: 'I feel safe in this house.' }),
  ).toBeVisible();
  await expect(main).toContainText('version 2 · 3 answers');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Results' }).click();
  await expect(main.getByRole('row', { name: /^I feel safe living here\./ })).toContainText('Always: 1');
  await expect(main).not.toContainText('I feel safe in this house.');
});

test('feedback from a placing authority is recorded and linked to an indicator', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak House' });
  await openViews(page, 'Others’ views');
  await expect(page.getByRole('heading', { level: 1, name: 'Others’ views' })).toBeVisible();
  await page.getByLabel('Who it is from').selectOption({ label: 'Placing authority (social worker or IRO)' });
  await page.getByLabel('Their role (optional)').fill('Social worker');
  await page.getByLabel('Date you received it').fill(todayTyped());
  await page.getByLabel('How it came').selectOption({ label: 'Email' });
  await page.getByLabel('What they said').fill('<script>alert(1)</script> Good links with school 🎒');
  await page.getByRole('checkbox', { name: '5. Education and learning' }).check();
  await page.getByLabel('Indicators it concerns (optional)').selectOption('edu.schools');
  await page.getByRole('button', { name: 'Link this indicator' }).click();
  await page.getByRole('button', { name: 'Save these views' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Feedback recorded: Placing authority (social worker or IRO), Social worker.' }),
  ).toBeVisible();
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Social worker/ }) });
  await expect(item).toContainText('<script>alert(1)</script> Good links with school 🎒');
  await expect(item).toContainText(
    'Concerns: 5. Education and learning; Staff stay in close touch with schools',
  );
});

test('triangulation flags a hallmark the manager calls Outstanding when young people disagree', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak House' });
  const home = (await callApp(request, app, 'homes.list', {}))[0]!;
  const review = await callApp(request, app, 'reviews.start', { homeId: home.id, quarter: thisQuarter() });
  await callApp(request, app, 'reviews.saveDomain', {
    reviewId: review.id,
    domainKey: 'safety',
    judgement: 4,
    rationale: 'Strong',
  });
  await callApp(request, app, 'reviews.saveDomain', {
    reviewId: review.id,
    domainKey: 'voice',
    judgement: 3,
    rationale: 'Good',
  });
  // Every young person answers "Sometimes": 2 on the grade scale, two grades below Outstanding.
  await saveSurveys(request, app, home.id, 3, 2);
  // Two staff rate the children's voice indicators Good in private.
  const round = await callApp(request, app, 'teamRound.open', { reviewId: review.id, domainKeys: ['voice'] });
  const sheet = await callApp(request, app, 'rating.sheet', { roundId: round.id });
  const good = sheet.domains.flatMap((d) =>
    d.indicators.map((i) => ({ indicatorKey: i.key, rating: 3 }) as const),
  );
  const rate = () =>
    callApp(request, app, 'rating.submit', {
      roundId: round.id,
      staffId: null,
      fromPaper: true,
      ratings: good,
    });
  await rate();
  await rate();
  await openScreen(page, app, '#/voice');
  const table = page.getByRole('table', { name: /Views side by side/ });
  const safety = table.getByRole('row', { name: /Keeping children safe/ });
  const voice = table.getByRole('row', { name: /Children.s voice/ });
  await expect(safety).toContainText('Outstanding');
  await expect(safety).toContainText('Not rated by staff');
  await expect(safety).toContainText('Differ by 2 (you and the young people)');
  // Staff are still rating, so nothing of theirs shows yet, and the column says so.
  await expect(voice).toContainText('Staff still rating');
  await expect(voice).not.toContainText('Not rated by staff');
  await expect(voice).toContainText('No');
  await expect(page.getByRole('main')).toContainText('1 hallmark differs by more than 1 grade');

  // A third staff member rates and rating ends: the team's view shows, a grade above the young
  // people's, so no flag.
  await rate();
  await callApp(request, app, 'teamRound.close', { roundId: round.id });
  await openScreen(page, app, '#/voice');
  await expect(voice).toContainText('3.0 (about Good)');
  await expect(voice.getByRole('cell').last()).toHaveText('No');

  // The flag on the dashboard, and beside the hallmark's judgement in the review.
  await openScreen(page, app, '#/');
  const panel = page.getByRole('region', { name: 'Children’s views' });
  await expect(panel).toContainText(/Keeping children safe.*: you and the young people \(differ by 2\)/);
  await openScreen(page, app, `#/reviews/${review.id}/domain/safety`);
  await expect(page.getByRole('complementary', { name: 'Young people’s views differ' })).toContainText(
    'you judged this hallmark Outstanding; the young people’s answers put it at about Requires improvement (2.0)',
  );
  await openScreen(page, app, `#/reviews/${review.id}/domain/voice`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('voice');
  await expect(page.getByRole('complementary', { name: 'Young people’s views differ' })).toHaveCount(0);
});

test('a "You said, we did" suggestion gets what the home did, then shows on the dashboard', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak House' });
  await openViews(page, 'You said, we did');
  await page.getByLabel('You said', { exact: true }).fill('Pizza on Fridays, please.');
  await page.getByLabel('Date they said it').fill(todayTyped());
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Still to do' })).toBeVisible();
  await page.getByRole('button', { name: 'Add what we did about “Pizza on Fridays, please.”' }).click();
  const weDid = page.getByLabel('We did (leave empty until it is done)').last();
  await expect(weDid).toBeFocused();
  await weDid.fill('Pizza night every Friday.');
  await page.getByRole('button', { name: 'Save', exact: true }).last().click();
  await expect(page.getByRole('heading', { name: 'Still to do' })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('We did Pizza night every Friday.');
  await openScreen(page, app, '#/');
  await expect(page.getByRole('region', { name: 'Children’s views' })).toContainText(
    'Pizza night every Friday.',
  );
});
