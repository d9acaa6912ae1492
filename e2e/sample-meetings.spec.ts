import { formatIsoDate } from '../contract/rules/dates';
import { quarterLabel } from '../contract/rules/quarters';
import { expect, test } from './fixtures';
import { checkAtBothWidths } from './meetings-helpers';
import { callApp, openSampleHome } from './review-helpers';

test('the sample home has team meetings: agreement by quarter, a recorded meeting and agreed ratings', async ({
  page,
  app,
  request,
}) => {
  const homeId = await openSampleHome(page, app, request);
  const reviews = (await callApp(request, app, 'reviews.list', { homeId })).sort((a, b) =>
    a.quarter.localeCompare(b.quarter),
  );
  const latest = reviews.at(-1)!;

  // Team agreement, one link from the dashboard, has a column for each of the last three quarters.
  await page.getByRole('link', { name: 'Team agreement by quarter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team agreement' })).toBeFocused();
  const panel = page.getByRole('region', { name: 'Team agreement by quarter', exact: true });
  await expect(panel.getByRole('columnheader')).toHaveText([
    'Domain',
    ...reviews.slice(-3).map((r) => quarterLabel(r.quarter)),
  ]);
  await expect(panel.getByRole('row', { name: /^1\. / }).getByRole('cell').first()).toHaveText('Agreed');
  // Agreement is per indicator: the quarter whose domain views were "Mixed" had one indicator split.
  await expect(panel.getByRole('row', { name: /^2\. / }).getByRole('cell')).toHaveText([
    'Split 1 of 5 split',
    'Agreed',
    'Agreed',
  ]);
  await checkAtBothWidths(page, 'Team agreement of the sample home', 'sample-agreement');

  // Team meetings lists the reviews; the latest one's meeting is recorded, with who rated and how.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('link', { name: 'Team meetings' }).click();
  // Each review says whether its team meeting was recorded, and when.
  const table = page.getByRole('table', { name: 'Reviews and their team meetings' });
  for (const r of reviews) {
    const { heldOn } = await callApp(request, app, 'meeting.get', { reviewId: r.id });
    const words = heldOn
      ? `Held on ${formatIsoDate(heldOn)}`
      : r.status === 'completed'
        ? 'None recorded'
        : 'Not recorded yet';
    await expect(
      table.getByRole('row', { name: new RegExp(`^${quarterLabel(r.quarter)} review`) }),
    ).toContainText(words);
  }
  await checkAtBothWidths(page, 'Team meetings of the sample home', 'sample-team-meetings');
  await table.getByRole('link', { name: `${quarterLabel(latest.quarter)} review (completed)` }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Team meeting/ })).toBeVisible();
  await expect(page.getByText('4 people have rated (1 from paper).')).toBeVisible();
  await expect(page.getByLabel('Who attended')).toHaveValue(/^Priya Shah, Amira Hussain/);
  await expect(page.getByLabel('Notes')).toHaveValue(/missing protocol is untested/);
  await expect(page.getByText('The team’s ratings spread widely').first()).toBeVisible();
  await checkAtBothWidths(page, 'Team meeting of the sample home', 'sample-meeting');

  // The review's history says which ratings the team agreed, and when: the quarter before, the team
  // brought the manager's rating down.
  const earlier = reviews.at(-2)!;
  const heldOn = (await callApp(request, app, 'meeting.get', { reviewId: earlier.id })).heldOn!;
  await page.goto(`${app.url.split('#')[0]}#/reviews/${earlier.id}`);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText(/^Agreed in the team meeting/)).toHaveCount(2);
  await expect(
    history.getByText(
      `Agreed in the team meeting on ${formatIsoDate(heldOn)}: indicator 1.1 is Good (was Outstanding)`,
    ),
  ).toBeVisible();
});
