import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { tabTo } from './review-helpers';

test('alerts, the comparison filter and the figures form work from the keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeFocused();

  const alerts = page.getByRole('region', { name: /^Alerts/ });
  const toggle = alerts.getByRole('button', {
    name: /^Acknowledge the alert: An action is overdue/,
  });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(alerts.getByLabel('Note (optional)')).toBeFocused();
  await page.keyboard.type('Supervisions booked for next week.');
  await page.keyboard.press('Tab');
  await expect(alerts.getByRole('button', { name: 'Acknowledge alert' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Cancel puts focus back where it was.
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Date to follow.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(alerts.getByRole('heading', { name: /^Alerts/ })).toBeFocused();
  await expect(toggle).toHaveCount(0);
  await expect(alerts.getByRole('status')).toContainText('Alert acknowledged: An action is overdue.');

  // Comparing reviews is on the trends screen, one link from the judgements.
  const trendsLink = page
    .getByRole('region', { name: 'Judgements', exact: true })
    .getByRole('link', { name: 'Trends' });
  await tabTo(page, trendsLink, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Compare two reviews' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two reviews' })).toBeFocused();
  const filter = page.getByLabel('Show only what changed');
  await tabTo(page, filter);
  await page.keyboard.press('Space');
  await expect(filter).toBeChecked();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Figures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly figures' })).toBeFocused();
  const supervision = page.getByLabel('Supervision sessions held');
  await tabTo(page, supervision);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('999');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(supervision).toHaveAccessibleDescription(
    /Supervision sessions held must be \d+ or fewer, the sessions due/,
  );
});

test('the screens for a single new home have no serious accessibility problems', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Name of the home').fill('Oak Lodge');
  await page.getByLabel('Number of places').fill('4');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge' })).toBeVisible();
  const base = app.url.split('?')[0];
  const screens: [string, string][] = [
    ['#/reviews/compare', 'Compare two reviews'],
    ['#/figures', 'Quarterly figures'],
    ['#/provider', 'All homes'],
    ['#/reports', 'Reports'],
  ];
  for (const [hash, heading] of screens) {
    await page.goto(`${base}${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expectNoSeriousViolations(page, heading);
  }
  await expect(page.getByRole('main')).toContainText('No Reg 45 reviews recorded yet.');
});
