import { addQuarters, quarterLabel } from '../contract/rules/quarters';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { callApp, earlierQuarterLabel } from './review-helpers';

test('comparing two quarters shows both ratings and both notes of what changed', async ({
  page,
  app,
  request,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();

  // The two quarters either side of the staffing dip's start, and what the manager wrote in each.
  const home = (await callApp(request, app, 'homes.list', {}))[0]!;
  const list = await callApp(request, app, 'reviews.list', { homeId: home.id });
  const [before, after] = [earlierQuarterLabel(6), earlierQuarterLabel(5)].map((label) =>
    list.find((r) => quarterLabel(r.quarter) === label),
  );
  const notesBefore = await callApp(request, app, 'reviews.get', { id: before!.id });
  const notesAfter = await callApp(request, app, 'reviews.get', { id: after!.id });
  const turnover = (r: typeof notesBefore) => r.indicators.find((i) => i.key === 'staff.turnover')!;
  const steady = notesAfter.indicators.find((i) => i.key === 'safe.risks')!;

  await page
    .getByRole('region', { name: 'Judgements', exact: true })
    .getByRole('link', { name: 'Trends' })
    .click();
  await page.getByRole('link', { name: 'Compare two reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two reviews' })).toBeFocused();
  // The latest two, earlier first.
  await expect(page.getByLabel('Earlier review')).toHaveValue(String(list[1]!.id));
  await expect(page.getByLabel('Later review')).toHaveValue(String(list[0]!.id));

  await page.getByLabel('Earlier review').selectOption({ label: earlierQuarterLabel(6) });
  await page.getByLabel('Later review').selectOption({ label: earlierQuarterLabel(5) });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(
    page.getByRole('heading', { name: `${earlierQuarterLabel(6)} compared with ${earlierQuarterLabel(5)}` }),
  ).toBeVisible();

  const staffing = page.getByRole('region', { name: '2. Staffing continuity and stability' });
  const judgement = staffing.locator('.compare-item--judgement');
  await expect(judgement).toContainText('Declined');
  await expect(judgement).toContainText('Good');
  await expect(judgement).toContainText('Requires improvement to be good');

  const item = staffing.getByRole('listitem').filter({ hasText: turnover(notesAfter).statement });
  await expect(item.getByText('Declined')).toBeVisible();
  await expect(item).toContainText(`${earlierQuarterLabel(6)}Good`);
  await expect(item).toContainText(`${earlierQuarterLabel(5)}Requires improvement to be good`);
  await expect(item).toContainText(turnover(notesBefore).note);
  await expect(item).toContainText(turnover(notesAfter).note);
  await expect(page.getByRole('listitem').filter({ hasText: steady.statement })).toHaveCount(1);

  await page.getByLabel('Show only what changed').check();
  await expect(page.getByRole('listitem').filter({ hasText: steady.statement })).toHaveCount(0);
  await expect(item).toBeVisible();
  await expectNoSeriousViolations(page, 'compare two reviews');

  await page.getByLabel('Later review').selectOption({ label: earlierQuarterLabel(6) });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert')).toHaveText('Error: Choose two different reviews to compare');
});

test('once the next review is started, Compare still opens on the two latest completed reviews', async ({
  page,
  app,
  request,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  const home = (await callApp(request, app, 'homes.list', {}))[0]!;
  const completed = await callApp(request, app, 'reviews.list', { homeId: home.id });
  const draft = await callApp(request, app, 'reviews.start', {
    homeId: home.id,
    quarter: addQuarters(completed[0]!.quarter, 1),
  });
  await page.goto(`${app.url.split('#')[0]}#/reviews/compare`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two reviews' })).toBeVisible();
  await expect(page.getByLabel('Earlier review')).toHaveValue(String(completed[1]!.id));
  await expect(page.getByLabel('Later review')).toHaveValue(String(completed[0]!.id));
  // The draft is still there to choose, listed last and marked.
  await expect(page.getByLabel('Later review').locator('option').last()).toHaveText(
    `${quarterLabel(draft.quarter)} (draft)`,
  );
});
