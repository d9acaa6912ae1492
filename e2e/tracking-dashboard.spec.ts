import { addQuarters, quarterLabel } from '../contract/rules/quarters';
import { todayIso } from '../contract/rules/dates';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { answerAndComplete, startReviewOfOnlyHome, thisQuarter } from './review-helpers';
import { setUpHome } from './set-up-home';

/** A date as a manager types it, `months` months before today. */
function typedMonthsAgo(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

test("the trends screen shows the sample home's staffing dip and recovery", async ({ page, sampleHome }) => {
  // Reads only: the sample home this worker shares.
  await page.goto(sampleHome.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();

  const judgements = page.getByRole('region', { name: 'Judgements', exact: true });
  const overall = judgements.getByRole('definition').first();
  // Helped and protected fell to Inadequate the quarter before, so the overall was Inadequate then.
  await expect(overall).toHaveText('Good↑ Improved from Inadequate');
  await judgements.getByRole('link', { name: 'Trends' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeFocused();
  const experiences = page.getByRole('region', {
    name: 'Overall experiences and progress of children and young people',
    exact: true,
  });
  await expect(experiences).toContainText(
    /Improved since [A-Z][a-z]{2} to [A-Z][a-z]{2} \d{4}, when it was Inadequate\./,
  );
  await expect(experiences).toContainText('Good or better for 1 quarter.');

  // Eight quarters, oldest first: Good, a dip to Requires improvement after the manager change, then Good.
  const heatMap = page.getByRole('table', { name: 'Judgements by quarter, oldest on the left' });
  await expect(heatMap.getByRole('columnheader')).toHaveCount(9);
  // The three judgements come first; the five quarters before version 2 did not record them.
  const protection = heatMap.getByRole('row', {
    name: /How well children and young people are helped and protected/,
  });
  await expect(protection.getByRole('cell')).toHaveText([
    ...Array(5).fill('Not recorded (made before version 2)'),
    'GGood',
    'IInadequate',
    'RIRequires improvement to be good',
  ]);
  await expect(heatMap.getByRole('rowheader').first()).toHaveText(
    'Overall experiences and progress of children and young people',
  );
  const staffing = heatMap.getByRole('row', { name: /Staffing continuity and stability/ });
  await expect(staffing.locator('td [aria-hidden="true"]')).toHaveText([
    'G',
    'G',
    'G',
    'RI',
    'RI',
    'G',
    'G',
    'G',
  ]);
  await expect(staffing.getByRole('cell').nth(3)).toContainText('Requires improvement to be good');
  const education = heatMap.getByRole('row', { name: /Education and learning/ });
  await expect(education.locator('td [aria-hidden="true"]')).toHaveText([
    'RI',
    'RI',
    'G',
    'G',
    'G',
    'G',
    'O',
    'O',
  ]);

  const staffingCard = page.getByRole('region', { name: '2. Staffing continuity and stability' });
  await expect(staffingCard).toContainText('Some change: Changed grade twice in 8 quarters.');
  await expect(staffingCard).toContainText('Good or better for 3 quarters running.');
  await expect(staffingCard.getByRole('img')).toHaveAccessibleName(
    /judgement by quarter\. .*Requires improvement to be good; .*Requires improvement to be good; .*Good/,
  );
  const educationCard = page.getByRole('region', { name: '5. Education and learning' });
  await expect(educationCard).toContainText('Outstanding for 2 quarters running.');
  // Safety dipped in the quarter when a child missing from care was not kept safe enough.
  await expect(
    page.getByRole('region', { name: '8. Keeping children safe, consistency and quality assurance' }),
  ).toContainText('Some change: Changed grade twice in 8 quarters.');
  await expect(
    page.getByRole('region', {
      name: 'How well children and young people are helped and protected',
      exact: true,
    }),
  ).toContainText('Requires improvement to be good');
  await expectNoSeriousViolations(page, 'trends with eight quarters');
});

test('Reg 45 alerts follow the dates recorded, and an acknowledged alert keeps its note', async ({
  page,
  app,
}) => {
  // A new home: the sample home has its Reg 45 reviews recorded already.
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const alerts = page.getByRole('region', { name: /^Alerts/ });
  await expect(alerts).toContainText('Record your last Reg 45 review');
  await alerts.getByRole('link', { name: 'Reg 45 reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reg 45 reviews' })).toBeFocused();

  await expect(page.getByRole('main')).toContainText('No Reg 45 reviews recorded yet.');
  const reg45 = page.getByRole('form', { name: 'Record a Reg 45 review' });
  const field = reg45.getByLabel('Date the review was completed');
  await field.fill('31/02/2026');
  await reg45.getByRole('button', { name: 'Save Reg 45 review' }).click();
  await expect(field).toHaveAccessibleDescription(/as a real date, for example 14\/09\/2026/);
  await expectNoSeriousViolations(page, 'Reg 45 reviews with a date error');

  await field.fill(typedMonthsAgo(7));
  await reg45.getByRole('button', { name: 'Save Reg 45 review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reg 45 review recorded.' })).toBeVisible();
  const recorded = page.getByRole('table', { name: 'Reg 45 reviews, newest first' });
  await expect(recorded.getByRole('row')).toHaveCount(2);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const late = alerts.getByRole('listitem').filter({ hasText: 'The Reg 45 review is late' });
  await expect(late).toContainText('High priority');
  await expect(alerts).not.toContainText('Record your last Reg 45 review');

  await late.getByRole('button', { name: 'Acknowledge the alert: The Reg 45 review is late' }).click();
  const note = late.getByLabel('Note (optional)');
  await expect(note).toBeFocused();
  await note.fill('Booked with the independent reviewer for next week.');
  await late.getByRole('button', { name: 'Acknowledge alert' }).click();
  await expect(alerts.getByRole('status')).toContainText('Alert acknowledged: The Reg 45 review is late.');
  await expect(alerts.getByRole('heading', { name: /^Alerts/ })).toBeFocused();
  await expect(late).toHaveCount(0);

  await alerts.getByText('Acknowledged (1)').click();
  await expect(alerts).toContainText('Booked with the independent reviewer for next week.');
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  await expect(alerts).toContainText(`Acknowledged on ${today}`);
  await expectNoSeriousViolations(page, 'dashboard with an acknowledged alert');

  // Still there after a restart.
  await page.reload();
  await alerts.getByText('Acknowledged (1)').click();
  await expect(alerts).toContainText('Booked with the independent reviewer for next week.');
});

test('recording a past Reg 45 review asks when its report went to Ofsted, so no false "late" alert', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const alerts = page.getByRole('region', { name: /^Alerts/ });
  await alerts.getByRole('link', { name: 'Reg 45 reviews' }).click();
  const reg45 = page.getByRole('form', { name: 'Record a Reg 45 review' });
  await reg45.getByLabel('Date the review was completed').fill(typedMonthsAgo(5));
  const sent = reg45.getByLabel('Date the report was sent to Ofsted (optional)');
  await expect(sent).toHaveAccessibleDescription(/within 28 days of the date the review was completed/);
  await sent.fill(typedMonthsAgo(5));
  await reg45.getByRole('button', { name: 'Save Reg 45 review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reg 45 review recorded.' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Reg 45 reviews with a review and its Ofsted date');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(alerts).toBeVisible();
  await expect(alerts).not.toContainText('Record your last Reg 45 review');
  await expect(alerts).not.toContainText('The Reg 45 report to Ofsted is late');
});

test('a home without completed reviews says what to do next', async ({ page, app }) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await expect(page.getByRole('region', { name: 'Judgements', exact: true })).toContainText(
    'No completed reviews yet.',
  );
  await expect(page.getByRole('region', { name: /^Alerts/ })).toContainText('Record your last Reg 45 review');
  await expectNoSeriousViolations(page, 'dashboard without reviews');
  await page
    .getByRole('link', { name: 'Trends: each judgement and domain over time, with its figures' })
    .click();
  const empty = page.getByRole('region', { name: 'No trends yet' });
  await expect(empty).toContainText('Trends appear here once you have completed a quarterly review');
  await expect(empty.getByRole('link', { name: 'Reviews' })).toHaveAttribute('href', '#/reviews');
  await expectNoSeriousViolations(page, 'trends without reviews');
});

test('after the first review, the dashboard shows its judgements and trends say they come from the second', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const quarter = addQuarters(thisQuarter(), -1);
  const review = await startReviewOfOnlyHome(request, app, quarter);
  await answerAndComplete(request, app, review.id, todayIso());
  await page.reload();

  const judgements = page.getByRole('region', { name: 'Judgements', exact: true });
  // Nothing to compare with yet: the grades alone, no movement.
  await expect(judgements.getByRole('definition')).toHaveText(['Good', 'Good', 'Good']);
  await expect(judgements).toContainText(`${quarterLabel(quarter)}. Open the review`);
  await expectNoSeriousViolations(page, 'dashboard after the first review');
  await judgements.getByRole('link', { name: 'Trends' }).click();
  const trends = page.getByRole('region', { name: 'Grades by quarter' });
  // The header, the three SCCIF judgements, the overall and the eight domains.
  await expect(trends.getByRole('table', { name: /Judgements by quarter/ }).getByRole('row')).toHaveCount(13);
  await expect(trends).toContainText('Trends appear from your second review');
  // Nothing that needs two reviews: no one-dot charts, no "too early to say", no comparing.
  await expect(page.getByRole('region', { name: 'Each domain over time' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(/too early|running|No earlier/i);
  await expect(page.getByRole('link', { name: 'Compare two reviews' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'trends after the first review');
});
