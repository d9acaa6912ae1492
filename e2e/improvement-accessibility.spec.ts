import { expect, test } from './fixtures';
import { checkScreens } from './screen-checks';

const screens: [string, string][] = [
  ['#/actions', 'Actions'],
  ['#/inspections/reg44', 'Reg 44 visits'],
  ['#/inspections/reg45', 'Reg 45 reviews'],
  ['#/inspections/ofsted', 'Ofsted inspections'],
  ['#/inspections/notifications', 'Notifications log'],
  ['#/inspections/calendar', 'Dates that must not slip'],
  ['#/reports', 'Reports'],
];

test('the action plan and inspection screens pass axe at 1280 and 640 px with no sideways scrolling', async ({
  page,
  app,
}) => {
  // Fourteen screens with axe, or a form filled key by key: longer than the default on a shared machine.
  test.setTimeout(180_000);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeFocused();
  await checkScreens(page, app.url, screens, 'improvement');
});

test('the sample home shows each kind of record the issue asks for', async ({ page, sampleHome }) => {
  // Reads only: the sample home this worker shares.
  await page.goto(sampleHome.url);
  const alerts = page.getByRole('region', { name: /^Alerts/ });
  await expect(alerts).toContainText('An action is overdue');
  await expect(alerts).toContainText(/No Reg 44 visit recorded for/);
  await expect(alerts).toContainText('An Ofsted requirement is past its compliance date');
  // The requirement's gap in the staff checks: the three newest staff's supervision is late.
  for (const name of ['Ellie Morgan', 'Grace Lee', 'Tom Baker']) {
    await expect(alerts).toContainText(`Late: ${name}: supervision`);
  }
  await expect(alerts).not.toContainText('DBS update service check');

  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inspections' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reg 44 visits' })).toBeVisible();
  await expect(main).toContainText(/No visit recorded for: \w+ \d{4}\./);
  await page
    .getByRole('navigation', { name: 'Inspection records' })
    .getByRole('link', { name: 'Reg 45 reviews' })
    .click();
  await expect(main.getByRole('table')).toContainText('Sent late');
  await page
    .getByRole('navigation', { name: 'Inspection records' })
    .getByRole('link', { name: 'Ofsted inspections' })
    .click();
  await expect(main.getByRole('heading', { name: /^Full inspection/ })).toBeVisible();
  await expect(main.getByText(/^Requirement \(/)).toHaveCount(2);
  await expect(main.getByRole('link', { name: /Read the published report/ })).toHaveAttribute(
    'target',
    '_blank',
  );
  await page
    .getByRole('navigation', { name: 'Inspection records' })
    .getByRole('link', { name: 'Dates that must not slip' })
    .click();
  const checks = main.getByRole('region', { name: 'Supervision and DBS update service checks' });
  await expect(checks.getByRole('row', { name: /Ellie Morgan/ })).toContainText('Late');
  await expect(checks.getByRole('row', { name: /Sam Reid/ })).not.toContainText('Late');
  await expect(checks).not.toContainText('None recorded');
});
