import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checkAtBothWidths } from './meetings-helpers';
import { answerReview, callApp } from './review-helpers';
import { setUpHome } from './set-up-home';

/** What has the focus outside meeting mode: nothing (""), or the element's tag and text. */
const focusOutsideMeetingMode = (page: Page) =>
  page.evaluate(() => {
    const at = document.activeElement;
    // Past the last control the focus leaves the page for the browser's own: the body is left active.
    if (!at || at === document.body || at.closest('.meeting-mode')) return '';
    return `${at.tagName}: ${at.textContent?.slice(0, 60) ?? ''}`;
  });

/**
 * Issue 24's meeting: the manager rated 1.1 Outstanding and 2.1 Good; four staff rated 1.1 Good, RI,
 * Good, RI and 2.1 RI, RI, Inadequate, RI, and everything else Good, as the manager did. The staff
 * agree with one another, so no spread is wide; both are blind spots all the same.
 */
test('every blind spot reaches the meeting, first, and the manager’s own rating stays beside the agreed one', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(150_000);
  app.setClock('2026-07-10T09:00:00Z');
  await setUpHome(page, app.url, { name: 'Ash House' });
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  const review = await callApp(request, app, 'reviews.start', { homeId, quarter: '2026-Q3' });
  await answerReview(request, app, review.id);
  const key = (domain: string) => review.indicators.find((i) => i.domainKey === domain)!.key;
  const [k11, k21] = [key('leadership'), key('staffing')];
  await callApp(request, app, 'reviews.saveIndicator', {
    reviewId: review.id,
    indicatorKey: k11,
    rating: 4,
    note: 'Manager on every shift.',
    sources: [],
    otherSource: '',
    discuss: false,
  });
  const round = await callApp(request, app, 'teamRound.open', {
    reviewId: review.id,
    domainKeys: ['leadership', 'staffing'],
  });
  const sheet = await callApp(request, app, 'rating.sheet', { roundId: round.id });
  const staff: Record<string, (1 | 2 | 3)[]> = { [k11]: [3, 2, 3, 2], [k21]: [2, 2, 1, 2] };
  for (const n of [0, 1, 2, 3]) {
    const ratings = sheet.domains.flatMap((d) =>
      d.indicators.map((i) => ({ indicatorKey: i.key, rating: staff[i.key]?.[n] ?? 3 }) as const),
    );
    await callApp(request, app, 'rating.submit', {
      roundId: round.id,
      staffId: null,
      fromPaper: true,
      ratings,
    });
  }
  await callApp(request, app, 'teamRound.close', { roundId: round.id });

  await page.goto(`${app.url.split('#')[0]}#/team/meeting/${review.id}`);
  await page.reload();
  const found = page.getByRole('region', { name: 'Blind spots and hidden strengths' });
  await expect(found.getByRole('listitem')).toHaveCount(2);
  await expect(found.getByRole('listitem').first()).toContainText(
    'Possible blind spot: the manager’s rating is well above the team’s. You: Outstanding; the team: Requires improvement (the middle of 4 ratings).',
  );
  await expect(found.getByRole('listitem').nth(1)).toContainText('You: Good; the team: Requires improvement');
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('listitem')).toHaveCount(2);
  await expect(agenda.getByRole('listitem').first()).toContainText(
    /^1\.1 .*The team rated this lower than you/,
  );
  await expect(agenda.getByRole('listitem').nth(1)).toContainText(
    /^2\.1 .*The team rated this lower than you/,
  );
  await checkAtBothWidths(page, 'Team meeting with blind spots');

  // Meeting mode: the whole window; Tab never leaves it for the links hidden behind.
  await agenda.getByRole('link', { name: 'Start meeting mode' }).click();
  const mode = page.getByRole('region', { name: 'Meeting mode' });
  await expect(mode.getByText('Item 1 of 2')).toBeVisible();
  // Which way it differs stays hidden until the manager's rating is revealed.
  await expect(mode.getByText(/lower than you|blind spot/)).toHaveCount(0);
  await expect(mode.getByText(/The manager’s rating and the team’s differ/)).toBeVisible();
  for (let n = 0; n < 25; n++) {
    await page.keyboard.press('Tab');
    expect(await focusOutsideMeetingMode(page)).toBe('');
  }
  await mode.getByRole('button', { name: 'Reveal the manager’s rating' }).click();
  await expect(mode.getByText('Manager’s rating: Outstanding')).toBeVisible();
  await expect(mode.getByText('The team rated this lower than you: a possible blind spot')).toBeVisible();
  // The drop-down shows its longest choice whole; the disabled button looks disabled.
  const choose = mode.getByLabel('Agreed rating');
  expect(await choose.evaluate((s: HTMLSelectElement) => s.scrollWidth <= s.clientWidth + 1)).toBe(true);
  const previous = mode.getByRole('button', { name: 'Previous item (←)' });
  await expect(previous).toBeDisabled();
  expect(Number(await previous.evaluate((b) => getComputedStyle(b).opacity))).toBeLessThan(0.6);
  await checkAtBothWidths(page, 'Meeting mode with a blind spot revealed');

  await choose.selectOption({ label: 'Good' });
  await mode.getByLabel('Why the team agreed this').fill('Evenings are not yet covered.');
  await mode.getByRole('button', { name: 'Record agreed rating' }).click();
  await expect(mode.getByText(/^Manager’s own rating: Outstanding; agreed: Good\./)).toBeVisible();
  // The agreement keeps the blind spot it was found by.
  await expect(mode.getByText(/The team rated this lower than you/)).toBeVisible();
  await mode.getByLabel('Note on this item').fill('Minority view: weekends are thin too.');
  await mode.getByRole('button', { name: 'Save note' }).click();
  await expect(mode.getByText('Note saved.')).toBeVisible();
  await page.keyboard.press('Escape');

  // The record is dated: "saved" says so, and the agreement carries the meeting's date.
  const record = page.getByRole('form', { name: 'Record of the meeting' });
  await record.getByLabel('Date of the meeting').fill('08/07/2026');
  await record.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(record.getByRole('status')).toHaveText('Meeting record saved.');
  await expect(agenda.getByRole('listitem').first()).toContainText(
    'Note: Minority view: weekends are thin too.',
  );

  // Printing the agenda comes back to the meeting.
  await page.getByRole('link', { name: 'Print the minutes' }).click();
  await page.getByRole('link', { name: 'Back to the team meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Team meeting/ })).toBeVisible();

  // The review lists them too, with what moved; its history dates the agreement by the meeting.
  await page.goto(`${app.url.split('#')[0]}#/reviews/${review.id}`);
  const onReview = page.getByRole('region', { name: 'Blind spots and hidden strengths' });
  await expect(onReview.getByRole('listitem').first()).toContainText(
    'You: Outstanding; the team: Requires improvement (the middle of 4 ratings); agreed: Good',
  );
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'Agreed in the team meeting on 8 July 2026: indicator 1.1 is Good (was Outstanding)',
  );
  await checkAtBothWidths(page, 'Review overview with blind spots');
});
