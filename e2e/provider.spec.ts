import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('all homes are listed side by side in name order, not ranked', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  // One home: nothing to compare, so no link.
  await expect(nav.getByRole('link', { name: 'All homes' })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Add another home' }).click();
  await page.getByLabel('Name of the home').fill('Ash Grove');
  await page.getByLabel('Number of places').fill('3');
  await page.getByRole('button', { name: 'Add home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ash Grove' })).toBeVisible();

  await nav.getByRole('link', { name: 'All homes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'All homes' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Homes are listed by name. They are not ranked');

  const table = page.getByRole('table', { name: 'Every home side by side, in name order' });
  await expect(table.getByRole('columnheader')).toHaveText(['Ash Grove', 'Rowan House (sample)']);
  const overall = table.getByRole('row', { name: /Overall judgement/ });
  await expect(overall.getByRole('cell').nth(0)).toContainText('No judgement');
  await expect(overall.getByRole('cell').nth(1)).toContainText('Good');
  // The sample's last quarter recovered from Inadequate (helped and protected fell the quarter before).
  await expect(overall.getByRole('cell').nth(1)).toContainText('Improved');
  const staffing = table.getByRole('row', { name: /Staffing continuity and stability/ });
  await expect(staffing.getByRole('cell').nth(1)).toContainText('Good');
  const alerts = table.getByRole('row', { name: /Open alerts/ });
  // The sample home's open alerts include its overdue action (its Reg 45 dates are recorded).
  await expect(alerts.getByRole('cell').nth(1)).toContainText(/\d+ open/);
  await expectNoSeriousViolations(page, 'all homes');

  // An alert's title leads to that home's dashboard, switching to it first.
  await alerts
    .getByRole('cell')
    .nth(1)
    .getByRole('link', { name: /An action is overdue/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Rowan House (sample)');
});
