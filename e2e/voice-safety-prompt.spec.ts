import { addDays, todayIso } from '../contract/rules/dates';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { callApp, openScreen, tabTo } from './review-helpers';
import { checkSurveyScreen, homeWithPin, openSurveyMode, saveSurveys } from './voice-helpers';
import { keepPicture } from './pictures';

const PIN = '246813';

test('a young person who never feels safe is told who they can talk to, and the manager is told to act', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(180_000);
  const home = await homeWithPin(page, app, request, PIN);
  // Two surveys already typed in from paper, all "Always": the third young person makes results show.
  await saveSurveys(request, app, home.id, 2, 0);
  // And three in an earlier quarter, all "Always", to compare with.
  const earlier = addDays(todayIso(), -100);
  await saveSurveys(request, app, home.id, 3, 0, earlier);

  await openSurveyMode(page, app);
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');

  // "Never" to feeling safe, with the keyboard alone.
  await expect(page.getByRole('heading', { level: 1, name: 'I feel safe living here.' })).toBeFocused();
  await tabTo(page, page.getByRole('radio').first());
  for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Never' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Before the next question: calm words, who they can talk to, and the way on.
  const thanks = page.getByRole('heading', { level: 1, name: 'Thank you for telling us' });
  await expect(thanks).toBeFocused();
  await expect(page.getByText('Question 2 of 11')).toHaveCount(0);
  const talk = page.getByRole('region', { name: 'Thank you for telling us' });
  await expect(talk).toContainText('An adult you trust here in the home.');
  await expect(talk).toContainText('Your social worker.');
  await expect(talk).toContainText('An advocate: someone on your side');
  await expect(talk).toContainText('Childline: call 0800 1111. It is free, any time of the day or night');
  await expect(talk).toContainText('You do not have to tell anyone what you answered here.');
  await expect(talk).not.toContainText(/danger|urgent|emergency|report/i);
  await checkSurveyScreen(page, 'talk-1280x800');
  await page.setViewportSize({ width: 640, height: 800 });
  await checkSurveyScreen(page, 'talk-640x800');
  await page.setViewportSize({ width: 1280, height: 800 });
  // Escape does not skip past it or out of the survey.
  await page.keyboard.press('Escape');
  await expect(thanks).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Carry on with the survey' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of 11')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'The adults here listen to me.' })).toBeFocused();
  // A higher answer goes straight on to the next question.
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 3 of 11')).toBeVisible();

  await page.getByRole('button', { name: 'Exit (manager’s PIN)' }).click();
  await page.getByLabel('Manager’s PIN').fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The manager: three young people answered, so the results show, with what to do and never who.
  await openScreen(page, app, '#/voice');
  const notice = page.getByRole('group', { name: /^Act on this:/ });
  await expect(notice).toContainText(
    'At least one young person said they feel safe here only sometimes, or not at all.',
  );
  await expect(notice).toContainText('What to do next: Talk with each young person, in private');
  await expect(notice).toContainText('do not try to work out who answered');
  // One young person's "Never" against an earlier "Always" from everyone is not called a change.
  const safeRow = page.getByRole('row', { name: /^I feel safe living here\./ }).first();
  await expect(safeRow).toContainText('Always: 2, Most of the time: 0, Sometimes: 0, Never: 1');
  await expect(safeRow).toContainText(
    /Differs from \w+ to \w+ \d{4} by no more than one young person’s answers: too few to call it a change/,
  );
  await notice.scrollIntoViewIfNeeded();
  await keepPicture(page, { path: '/tmp/voice-safety-manager-1280.png' });
  await expectNoSeriousViolations(page, 'children’s views with a safety notice');

  // The dashboard says so too, and leads to what to do next.
  await openScreen(page, app, '#/');
  const panel = page.getByRole('region', { name: 'Children’s views' });
  await expect(panel).toContainText(
    'At least one young person said they feel safe here only sometimes, or not at all.',
  );
  await panel.getByRole('link', { name: 'What to do next' }).click();
  await expect(page.getByRole('group', { name: /^Act on this:/ })).toBeVisible();
});

test('a worry about feeling safe reaches the manager even while the quarter’s results stay hidden', async ({
  page,
  app,
  request,
}) => {
  const home = await homeWithPin(page, app, request, PIN);
  // Only two young people answer this quarter, below the threshold of three: one "Always" throughout,
  // one "Never" (the fourth answer) to feeling safe and "Always" to the rest.
  await saveSurveys(request, app, home.id, 1, 0);
  const questions = (await callApp(request, app, 'voice.questions', { homeId: home.id })).filter(
    (q) => q.set === 'young' && q.current.scale !== 'open',
  );
  const safe = questions.find((q) => q.current.wording === 'I feel safe living here.')!;
  await callApp(request, app, 'voice.savePaperSurvey', {
    homeId: home.id,
    set: 'young',
    takenOn: todayIso(),
    how: 'alone',
    answers: questions.map((q) => ({
      questionVersionId: q.current.id,
      choice: q === safe ? 3 : 0,
      comment: '',
    })),
  });

  await openScreen(page, app, '#/voice');
  const main = page.getByRole('main');
  await expect(main).toContainText('results hidden until at least 3 young people have answered');
  // No answers, counts or rows for the quarter: only the notice, which never says who or how many.
  await expect(page.getByRole('row', { name: /^I feel safe living here\./ })).toHaveCount(0);
  await expect(main).not.toContainText(/Always: \d|Never: \d/);
  const notice = page.getByRole('group', { name: /^Act on this:/ });
  await expect(notice).toContainText(
    'At least one young person said they feel safe here only sometimes, or not at all.',
  );
  await expect(notice).toContainText('What to do next: Talk with each young person, in private');
  // The words under the heading (the quarter) carry no number at all: no count of who answered.
  await expect(notice.locator('p')).toHaveCount(2);
  for (const text of await notice.locator('p').allTextContents()) expect(text).not.toMatch(/\d/);
  await notice.scrollIntoViewIfNeeded();
  await keepPicture(page, { path: '/tmp/voice-safety-hidden-1280.png' });
  await expectNoSeriousViolations(page, 'children’s views with a safety notice and hidden results');

  await openScreen(page, app, '#/');
  const panel = page.getByRole('region', { name: 'Children’s views' });
  await expect(panel).toContainText(
    'At least one young person said they feel safe here only sometimes, or not at all.',
  );
  await expect(panel.locator('.warning-text')).not.toContainText(/\b[12]\b|two young/);
  await expect(panel.getByRole('link', { name: 'What to do next' })).toBeVisible();
  await keepPicture(page, { path: '/tmp/voice-safety-hidden-dashboard-1280.png' });
  await expectNoSeriousViolations(page, 'dashboard with a safety notice below the results threshold');
});
