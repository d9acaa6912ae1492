import { todayIso } from '../contract/rules/dates';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerReview, callApp, indicatorGroup, startReviewFromList } from './review-helpers';
import { setUpHome } from './set-up-home';

const COMPLAINTS = 'Children know how to complain and can see that complaints lead to change.';
const WRITES = new Set(['reviews.saveIndicator', 'reviews.setPosition']);

/** The name of each write the page sends to the app. */
function writesSent(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/api/invoke') || request.method() !== 'POST') return;
    const { name } = request.postDataJSON() as { name: string };
    if (WRITES.has(name)) sent.push(name);
  });
  return sent;
}

test('rating an indicator is one request, which also keeps the place to carry on from', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await startReviewFromList(page);
  // Opening a domain saves the place once, half a second after focus settles. Let that go first: on a
  // slow machine it would otherwise land after the listener below, looking like a second request.
  const placeSaved = page.waitForRequest((request) => {
    if (!request.url().endsWith('/api/invoke') || request.method() !== 'POST') return false;
    const { name, input } = request.postDataJSON() as { name: string; input: { domainKey?: string } };
    return name === 'reviews.setPosition' && input.domainKey === 'voice';
  });
  await page
    .getByRole('navigation', { name: 'Steps in this review' })
    .getByRole('link', { name: /^3\. / })
    .click();
  const heading = page.getByRole('heading', { level: 1, name: "Children's voice and experience" });
  await expect(heading).toBeFocused();
  await placeSaved;

  const sent = writesSent(page);
  const indicator = indicatorGroup(page, COMPLAINTS);
  await indicator.getByLabel('Good', { exact: true }).check();
  await expect(indicator.getByRole('status')).toHaveText('Saved');
  // Leaving the page sends anything still waiting (pagehide), so a separate save of the place would show here.
  await page.reload();
  await expect(indicator.getByLabel('Good', { exact: true })).toBeFocused();
  expect(sent).toEqual(['reviews.saveIndicator']);
});

test('a save against a completed review changes nothing and says why', async ({ page, app, request }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId);
  const completed = await callApp(request, app, 'reviews.complete', {
    reviewId,
    signedByName: 'Sam Patel',
    signedByRole: 'Registered manager',
    signedOn: todayIso(),
  });
  const first = completed.indicators[0]!;
  await expect(
    callApp(request, app, 'reviews.saveIndicator', {
      reviewId,
      indicatorKey: first.key,
      rating: 1,
      note: 'Changed after sign-off',
      sources: [],
      otherSource: '',
      discuss: false,
    }),
  ).rejects.toThrow('This review is completed, so it cannot be changed. Reopen it to make changes.');
  const after = await callApp(request, app, 'reviews.get', { id: reviewId });
  expect(after.indicators[0]).toMatchObject({ rating: first.rating, note: first.note });
  expect(after.updatedAt).toBe(completed.updatedAt);
});
