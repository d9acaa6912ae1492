import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('quarterly figures show their rates as typed, refuse impossible ones and keep what was saved', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Figures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly figures' })).toBeFocused();
  // Every finished quarter of the sample has figures, so it opens the quarter just finished.
  const previous = addQuarters(quarterOf(new Date()), -1);
  await expect(page.getByRole('heading', { name: `Figures for ${quarterLabel(previous)}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/figures/${previous}$`));

  const current = quarterOf(new Date());
  await page
    .getByLabel('Quarter', { exact: true })
    .selectOption({ label: `${quarterLabel(current)} (this quarter)` });
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByRole('heading', { name: `Figures for ${quarterLabel(current)}` })).toBeVisible();
  await expect(page.getByLabel('Permanent care staff who left in the quarter')).toHaveValue('');

  const staffing = page.getByRole('group', { name: 'Staffing' });
  await staffing.getByLabel('Permanent care staff at the start of the quarter').fill('10');
  await staffing.getByLabel('Permanent care staff at the end of the quarter').fill('12');
  await staffing.getByLabel('Permanent care staff who left in the quarter').fill('2');
  // Turnover is over 12 months only: one quarter's figures are not enough, and leavers stay a count.
  const turnover = staffing
    .locator('.group-rates__item')
    .filter({ hasText: 'Staff turnover, rolling 12 months' });
  await expect(turnover).toContainText('Not enough figures yet');
  await expect(turnover).toContainText('in the 12 months to the end of the quarter');
  const leavers = staffing.locator('.group-rates__item').filter({ hasText: 'Permanent care staff who left' });
  await expect(leavers.first()).toContainText('2');

  const agency = staffing.getByLabel('Of those, shifts worked by agency staff');
  await staffing.getByLabel('Shifts worked in the quarter').fill('300');
  await agency.fill('320');
  await page.getByRole('button', { name: `Save figures for ${quarterLabel(current)}` }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Agency shifts must be 300 or fewer, the shifts worked');
  await expect(agency).toHaveAccessibleDescription(
    /Error: Agency shifts must be 300 or fewer, the shifts worked/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'figures with an impossible value');

  await summary.getByRole('link', { name: /Agency shifts/ }).click();
  await expect(agency).toBeFocused();

  // Nothing was stored.
  await page.reload();
  await expect(page.getByLabel('Permanent care staff who left in the quarter')).toHaveValue('');

  await page.getByLabel('Permanent care staff at the start of the quarter').fill('10');
  await page.getByLabel('Permanent care staff at the end of the quarter').fill('12');
  await page.getByLabel('Permanent care staff who left in the quarter').fill('2');
  await page.getByLabel('Shifts worked in the quarter').fill('300');
  await page.getByLabel('Of those, shifts worked by agency staff').fill('30');
  await page.getByRole('button', { name: `Save figures for ${quarterLabel(current)}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    `Saved. The figures for ${quarterLabel(current)} are stored.`,
  );

  await page.reload();
  await expect(page.getByLabel('Permanent care staff who left in the quarter')).toHaveValue('2');
  await expect(page.getByLabel('Of those, shifts worked by agency staff')).toHaveValue('30');
  const overTime = page.getByRole('table', { name: 'Each rate by quarter, oldest on the left' });
  const headings = await overTime.getByRole('columnheader').allTextContents();
  // Cells follow the row's heading, so the quarter's cell is one before its column.
  const column = headings.indexOf(quarterLabel(current)) - 1;
  expect(column).toBeGreaterThanOrEqual(0);
  const cellFor = (figure: RegExp) =>
    overTime.getByRole('row', { name: figure }).getByRole('cell').nth(column);
  // Turnover is over the 12 months to this quarter (the sample's three quarters before it and this one);
  // leavers this quarter show as a count.
  await expect(cellFor(/Staff turnover, rolling 12 months/)).toHaveText(/^\d+(\.\d)?%$/);
  await expect(cellFor(/^Permanent care staff who left/)).toHaveText('2');
  await expect(cellFor(/Agency share of shifts/)).toHaveText('10%');

  // The trends screen reads the staffing judgement against the same figures.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page
    .getByRole('region', { name: 'Judgements', exact: true })
    .getByRole('link', { name: 'Trends' })
    .click();
  const staffingCard = page.getByRole('region', { name: '2. Staffing continuity and stability' });
  await expect(
    staffingCard.getByRole('listitem').filter({ hasText: /^Permanent care staff who left\d/ }),
  ).toContainText(`2 in ${quarterLabel(current)}`);
  await staffingCard.getByText('How this is worked out for Staff turnover, rolling 12 months').click();
  await expect(staffingCard).toContainText(
    'Permanent care staff who left in the 12 months to the end of the quarter ÷ average permanent care staff over those 12 months × 100',
  );
});
