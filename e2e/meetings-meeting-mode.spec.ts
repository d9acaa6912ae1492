import type { APIRequestContext } from '@playwright/test';
import type { BrowserModeApp } from './fixtures';
import { expect, test } from './fixtures';
import { checkAtBothWidths } from './meetings-helpers';
import { answerReview, callApp } from './review-helpers';
import { setUpHome } from './set-up-home';
import { keepPicture } from './pictures';

/** A review the manager rated Good throughout, the first indicator Outstanding; `grades` are the team's sheets. */
async function ratedReview(
  request: APIRequestContext,
  app: BrowserModeApp,
  homeId: number,
  grades: (1 | 2 | 3 | 4)[],
  discussFirst = false,
  endRating = true,
) {
  const review = await callApp(request, app, 'reviews.start', { homeId, quarter: '2026-Q3' });
  await answerReview(request, app, review.id);
  const first = review.indicators[0]!.key;
  await callApp(request, app, 'reviews.saveIndicator', {
    reviewId: review.id,
    indicatorKey: first,
    rating: 4,
    note: 'Manager on every shift.',
    sources: [],
    otherSource: '',
    discuss: discussFirst,
  });
  const round = await callApp(request, app, 'teamRound.open', {
    reviewId: review.id,
    domainKeys: ['leadership'],
  });
  const sheet = await callApp(request, app, 'rating.sheet', { roundId: round.id });
  for (const grade of grades) {
    const ratings = sheet.domains.flatMap((d) =>
      d.indicators.map((i) => ({ indicatorKey: i.key, rating: i.key === first ? grade : 3 }) as const),
    );
    await callApp(request, app, 'rating.submit', {
      roundId: round.id,
      staffId: null,
      fromPaper: true,
      ratings,
    });
  }
  if (endRating) await callApp(request, app, 'teamRound.close', { roundId: round.id });
  return review;
}

test('meeting mode, from the keyboard: manager’s rating hidden until revealed, spread and blind spot, agreed rating into the review, an action from the meeting', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(150_000);
  app.setClock('2026-07-10T09:00:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  const review = await ratedReview(request, app, homeId, [2, 2, 4], false, false);
  await page.goto(`${app.url.split('#')[0]}#/team/meeting/${review.id}`);
  await page.reload();

  // While staff are still rating, only how many have rated shows: no spread to reason from.
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(page.getByText('3 people have rated (3 from paper).')).toBeVisible();
  await expect(agenda.getByText('Nothing is suggested yet. Add items below.')).toBeVisible();
  await page.getByRole('button', { name: 'End rating and show the spread' }).click();
  await expect(page.getByText('Rating has ended. The team’s ratings show in meeting mode.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start private rating on this computer' })).toHaveCount(0);
  await expect(agenda.getByRole('listitem').first()).toContainText('1.1 The manager is seen');
  await expect(agenda.getByRole('listitem').first()).toContainText('The team’s ratings spread widely');
  // An empty item is refused beside the field, which takes the focus.
  await agenda.getByRole('button', { name: 'Add to agenda' }).click();
  const addField = agenda.getByLabel('Add an item to the agenda');
  await expect(addField).toHaveAccessibleDescription(/Enter the agenda item/);
  await expect(addField).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  // So is a threshold below three, with the contract's wording.
  const settings = page.getByRole('form', { name: 'Meeting settings' });
  const minRaters = settings.getByLabel(/at least this many people rated/);
  await minRaters.fill('2');
  await settings.getByRole('button', { name: 'Save meeting settings' }).click();
  await expect(minRaters).toHaveAccessibleDescription(/Enter 3 or more: fewer raters could be identified/);
  await expect(minRaters).toBeFocused();
  await checkAtBothWidths(page, 'Team meeting with form errors', 'meeting-errors');
  await minRaters.fill('3');
  await settings.getByRole('button', { name: 'Save meeting settings' }).click();
  await expect(settings.getByRole('status')).toHaveText('Meeting settings saved.');
  await expect(minRaters).not.toHaveAccessibleDescription(/Enter 3 or more/);
  await agenda.getByLabel('Add an item to the agenda').fill('Night staff handover <script>');
  await agenda.getByRole('button', { name: 'Add to agenda' }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(2);
  // Reorder: the added item first.
  await agenda.getByRole('button', { name: /^Move up\s*: Night staff handover/ }).click();
  await expect(agenda.getByRole('listitem').first()).toContainText('Night staff handover <script>');
  await checkAtBothWidths(page, 'Team meeting with its agenda', 'agenda');

  // Into meeting mode from the keyboard.
  await agenda.getByRole('link', { name: 'Start meeting mode' }).focus();
  await page.keyboard.press('Enter');
  const mode = page.getByRole('region', { name: 'Meeting mode' });
  await expect(mode.getByText('Item 1 of 2')).toBeVisible();
  await expect(mode.getByRole('heading', { level: 1 })).toHaveText('Night staff handover <script>');
  await page.keyboard.press('ArrowRight');
  await expect(mode.getByText('Item 2 of 2')).toBeVisible();
  await expect(mode.getByRole('heading', { level: 1 })).toContainText('1.1 The manager is seen');
  await expect(mode.getByRole('table', { name: 'How the team rated (3 people)' })).toBeVisible();
  await expect(mode.getByRole('row', { name: 'Requires improvement 2' })).toBeVisible();
  await expect(mode.getByText('Mixed: two grades apart')).toBeVisible();
  await expect(mode.getByText(/Manager’s rating/)).toHaveCount(0);
  await expect(mode.getByText(/blind spot/)).toHaveCount(0);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await keepPicture(page, { path: '/tmp/meetings-mode-1920.png' });
  await checkAtBothWidths(page, 'Meeting mode', 'mode');

  await mode.getByRole('button', { name: 'Reveal the manager’s rating' }).focus();
  await page.keyboard.press('Enter');
  await expect(mode.getByText('Manager’s rating: Outstanding')).toBeVisible();
  await expect(
    mode.getByText('Possible blind spot: the manager’s rating is well above the team’s'),
  ).toBeVisible();

  // Agreeing needs a rating and the reasoning: each is asked for beside its field.
  await mode.getByRole('button', { name: 'Record agreed rating' }).click();
  await expect(mode.getByLabel('Agreed rating')).toHaveAccessibleDescription(/Choose the agreed rating/);
  await expect(mode.getByLabel('Agreed rating')).toBeFocused();
  await expect(mode.getByLabel('Why the team agreed this')).toHaveAccessibleDescription(
    /Enter the reasoning for the agreed rating/,
  );
  // Agree: Good, with the reasoning; the review's rating changes and the earlier one is kept.
  await mode.getByLabel('Agreed rating').selectOption({ label: 'Good' });
  await mode.getByLabel('Why the team agreed this').fill('Weekends are covered; evenings are not yet.');
  await mode.getByRole('button', { name: 'Record agreed rating' }).click();
  await expect(mode.getByText('Agreed rating recorded: Good.')).toBeVisible();
  // The manager's own rating stays beside the agreed one.
  await expect(mode.getByText(/^Manager’s own rating: Outstanding; agreed: Good\./)).toBeVisible();
  await expect(
    mode.getByText('Rating agreed by the team on 10 July 2026. The team’s ratings spread widely'),
  ).toBeVisible();
  const after = await callApp(request, app, 'reviews.get', { id: review.id });
  expect(after.indicators[0]!.rating).toBe(3);

  // An action made in the meeting has "team meeting" as its source.
  await mode.getByRole('button', { name: /^Add an action/ }).click();
  await mode.getByLabel('What is to be done').fill('Manager on two evening shifts a week');
  await mode.getByLabel('Due date').fill('31/08/2026');
  await mode.getByRole('button', { name: 'Save action' }).click();
  await expect(mode.getByText('Action added.')).toBeVisible();
  const actions = await callApp(request, app, 'actions.list', { homeId });
  expect(actions.map((a) => [a.title, a.source])).toEqual([
    ['Manager on two evening shifts a week', 'team_meeting'],
  ]);

  // Back a step with the left arrow, then Escape leaves meeting mode.
  await mode.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(mode.getByText('Item 1 of 2')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Meeting mode' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: /^Team meeting/ })).toBeVisible();

  // The review's history keeps the rating the team's replaced, with the team's reasoning.
  await page.goto(`${app.url.split('#')[0]}#/reviews/${review.id}`);
  const history = page.getByRole('region', { name: 'History' });
  const agreedLine = history.getByRole('listitem').last();
  await expect(agreedLine.getByText(/^Agreed in the team meeting/)).toHaveText(
    'Agreed in the team meeting on 10 July 2026: indicator 1.1 is Good (was Outstanding)',
  );
  await expect(agreedLine.getByText(/^Reason:/)).toHaveText(
    'Reason: “Weekends are covered; evenings are not yet.”',
  );
  await checkAtBothWidths(page, 'Review overview with an agreed rating in its history', 'review-history');
});

test('meeting mode shows no spread when only two people rated', async ({ page, app, request }) => {
  app.setClock('2026-07-10T09:00:00Z');
  await setUpHome(page, app.url, { name: 'Elm House' });
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  // Flagged to discuss, so it is on the agenda although its two ratings spread from end to end.
  const review = await ratedReview(request, app, homeId, [1, 4], true);
  await page.goto(`${app.url.split('#')[0]}#/team/meeting/${review.id}/present`);
  await page.reload();
  const mode = page.getByRole('region', { name: 'Meeting mode' });
  await expect(mode.getByText('Item 1 of 1')).toBeVisible();
  await expect(mode.getByText('Flagged to discuss with the team')).toBeVisible();
  await expect(
    mode.getByText('2 rated: too few to show (the spread shows from 3 people). Talk it through.'),
  ).toBeVisible();
  await expect(mode.getByRole('table')).toHaveCount(0);
  await expect(mode.getByText(/Mixed|Split|How the team rated/)).toHaveCount(0);
  // Revealing the manager's rating raises no flag: there is no team median to compare with.
  await mode.getByRole('button', { name: 'Reveal the manager’s rating' }).click();
  await expect(mode.getByText('Manager’s rating: Outstanding')).toBeVisible();
  await expect(mode.getByText(/blind spot|hidden strength/)).toHaveCount(0);
});

test('team agreement by quarter shows only once enough people rated', async ({ page, app, request }) => {
  app.setClock('2026-07-10T09:00:00Z');
  await setUpHome(page, app.url, { name: 'Elm House' });
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  const review = await ratedReview(request, app, homeId, [1, 4], false, false);
  await page.goto(`${app.url.split('#')[0]}#/team/agreement`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Team agreement' })).toBeVisible();
  // Two raters: nothing to show, so no promise of it.
  await expect(page.getByRole('main')).toContainText('Nothing to show yet.');
  await expect(page.getByRole('heading', { name: 'Team agreement by quarter' })).toHaveCount(0);

  const round = (await callApp(request, app, 'teamRound.get', { reviewId: review.id }))!;
  const sheet = await callApp(request, app, 'rating.sheet', { roundId: round.id });
  const ratings = sheet.domains.flatMap((d) =>
    d.indicators.map((i) => ({ indicatorKey: i.key, rating: 1 }) as const),
  );
  await callApp(request, app, 'rating.submit', {
    roundId: round.id,
    staffId: null,
    fromPaper: true,
    ratings,
  });
  // Three have rated, but rating is still open: the labels would move with each sheet, so none show.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Team agreement' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Team agreement by quarter' })).toHaveCount(0);
  await callApp(request, app, 'teamRound.close', { roundId: round.id });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Team agreement by quarter' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Team agreement by quarter, oldest on the left' });
  await expect(table.getByRole('columnheader', { name: 'Jul to Sep 2026' })).toBeVisible();
  // Per indicator: 1.1 was rated Inadequate, Outstanding and Inadequate (split); the rest Good, Good and
  // Inadequate (mixed). One split indicator makes the domain split, never "Agreed" or "Mixed".
  const leadership = table.locator('tr[data-domain="leadership"]');
  await expect(leadership.getByRole('cell')).toHaveText([/^Split 1 of (\d+) split, (\d+) of \1 mixed$/]);
  await checkAtBothWidths(page, 'Team agreement', 'agreement');
  await page.setViewportSize({ width: 320, height: 900 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await keepPicture(page, { path: '/tmp/meetings-agreement-320.png', fullPage: true });
});
