import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checkAtBothWidths } from './meetings-helpers';
import { answerReview, callApp } from './review-helpers';
import { setUpHome } from './set-up-home';

/** Rates every row of the table with `grade`, except the rows numbered in `skip`. */
async function rateAll(page: Page, grade: string, skip: string[] = []) {
  const rows = page.locator('.rating-table tbody tr');
  const numbers = await rows.locator('.rating-table__number').allTextContents();
  for (const number of numbers.filter((n) => !skip.includes(n))) {
    await page.getByRole('radio', { name: `${number}: ${grade}`, exact: true }).check();
  }
  return numbers;
}

test('three staff rate in private in turn: none sees another’s ratings, nor the rest of the app without the PIN', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(180_000);
  app.setClock('2026-07-01T23:30:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  for (const name of ['Sam Patel', 'Jo Turner', 'Alex Reid']) {
    await callApp(request, app, 'staff.save', {
      homeId,
      name,
      role: 'Residential worker',
      startedOn: null,
      status: 'active',
      leftOn: null,
    });
  }
  await callApp(request, app, 'pin.set', { newPin: '482913' });
  const review = await callApp(request, app, 'reviews.start', { homeId, quarter: '2026-Q3' });
  await answerReview(request, app, review.id);
  // Set up through the app's API: load the page afresh so it shows it.
  await page.reload();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Team meetings' }).click();
  await page.getByRole('link', { name: /review \(in progress\)/ }).click();
  await expect(page.getByText('Nobody has rated yet.')).toBeVisible();
  const domains = page.getByRole('group', { name: 'Domains to rate' }).getByRole('checkbox');
  for (const box of await domains.all()) {
    if (!((await box.getAttribute('id')) ?? '').endsWith('leadership')) await box.uncheck();
  }
  // With no domain chosen, it says so in the group and takes the person to its first box.
  await page.getByRole('checkbox', { name: '1. Leadership, vision and visibility' }).uncheck();
  await page.getByRole('button', { name: 'Start private rating on this computer' }).click();
  await expect(page.getByRole('group', { name: 'Domains to rate' })).toHaveAccessibleDescription(
    /Choose at least one domain to rate/,
  );
  await expect(page.getByRole('checkbox', { name: '1. Leadership, vision and visibility' })).toBeFocused();
  await page.getByRole('checkbox', { name: '1. Leadership, vision and visibility' }).check();
  await checkAtBothWidths(page, 'Team meeting', 'team-meeting');
  await page.getByRole('button', { name: 'Start private rating on this computer' }).click();

  // The locked rating screen: nothing else of the app.
  await expect(page.getByRole('heading', { level: 1, name: 'Rate before the team meeting' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  const people: [string, string][] = [
    ['Sam Patel', 'Good'],
    ['Rather not say', 'Requires improvement'],
    ['Jo Turner', 'Outstanding'],
  ];
  for (const [index, [who, grade]] of people.entries()) {
    await page
      .getByRole('button', { name: index === 0 ? 'Start rating' : 'Next person: start rating' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Rate in private/ })).toBeVisible();
    // Nothing from the person before: every choice is empty.
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.getByLabel('Your name (optional)').selectOption({ label: who });
    if (index === 0) {
      const numbers = await rateAll(page, grade, ['1.2']);
      expect(numbers[0]).toBe('1.1');
      await page.getByRole('button', { name: 'Finish and hide my ratings' }).click();
      await expect(page.getByRole('alert')).toContainText('Rate indicator 1.2, or choose “Don’t know”');
      await checkAtBothWidths(page, 'the private rating table with an error', 'rating');
      await page.getByRole('radio', { name: '1.2: Don’t know', exact: true }).check();
    } else {
      await rateAll(page, grade);
    }
    await page.getByRole('button', { name: 'Finish and hide my ratings' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'They are hidden now. Pass the computer to the next person.',
    );
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
  }
  await checkAtBothWidths(page, 'the rating thank-you screen', 'rating-done');

  // The rest of the app stays out of reach, by address and by the API.
  await page.goto(`${app.url.split('#')[0]}#/reviews/${review.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Rate before the team meeting' })).toBeVisible();
  await expect(callApp(request, app, 'reviews.get', { id: review.id })).rejects.toThrow(
    /Hallmarks is locked/,
  );
  await expect(callApp(request, app, 'teamRound.get', { reviewId: review.id })).rejects.toThrow(/locked/);

  await page.getByRole('button', { name: 'Exit (manager’s PIN)' }).click();
  await page.getByLabel('Manager’s PIN').fill('482913');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Unlocked, the app opens where the address points (here the review tried while locked).
  await expect(page.getByRole('heading', { level: 1, name: /^Review for/ })).toBeVisible();
  await page.goto(`${app.url.split('#')[0]}#/team/meeting/${review.id}`);
  await expect(page.getByText('3 people have rated.')).toBeVisible();
  // Who gave a name is listed apart from the ratings, alphabetically, never in the order they rated.
  await expect(page.getByText(/^Gave their name when they rated:/)).toHaveText(
    'Gave their name when they rated: Jo Turner, Sam Patel. Names are kept apart from the ratings: nothing shows who gave which.',
  );
  await checkAtBothWidths(page, 'Team meeting after private rating', 'team-meeting-rated');

  // A printed sheet typed in by the manager is marked as from paper.
  await page.getByRole('link', { name: 'Type in a paper rating sheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Type in a paper rating sheet/ })).toBeVisible();
  // The printed sheet says "Do not write your name", so the form asks for none.
  await expect(page.getByText('Paper sheets carry no name')).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await rateAll(page, 'Good');
  await checkAtBothWidths(page, 'Paper rating sheet', 'paper');
  await page.getByRole('button', { name: 'Save this paper sheet' }).click();
  await expect(page.getByRole('status')).toContainText('Paper sheet saved (1 this visit)');
  await page.getByRole('link', { name: 'Back to the team meeting' }).click();
  await expect(page.getByText('4 people have rated (1 from paper).')).toBeVisible();
});
