import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApp } from './review-helpers';
import { setUpHome } from './set-up-home';

/** Records a member of staff's last supervision and the next due, from their row's button. */
async function recordSupervision(page: Page, name: string, last: string, next: string) {
  const checks = page.getByRole('region', { name: 'Supervision and DBS update service checks' });
  await checks.getByRole('button', { name: `Record supervision for ${name}` }).click();
  const form = page.getByRole('form', { name: `Supervision for ${name}` });
  const lastField = form.getByLabel('Date of their last supervision');
  await expect(lastField).toBeFocused();
  await lastField.fill(last);
  await form.getByLabel('Next supervision due').fill(next);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved: ${name}’s supervision.` })).toBeVisible();
}

test('the manager records supervision dates: each is listed with its due date, and a late one raises its alert', async ({
  page,
  app,
  request,
}) => {
  app.setClock('2026-11-20T10:00:00Z');
  await setUpHome(page, app.url, { name: 'Birch House' });
  const homeId = (await callApp(request, app, 'homes.list', {}))[0]!.id;
  for (const name of ['Priya Shah', 'Ben Carter']) {
    await callApp(request, app, 'staff.save', {
      homeId,
      name,
      role: 'Residential support worker',
      startedOn: '2025-03-01',
      status: 'active',
      leftOn: null,
    });
  }

  await page.goto(`${app.url.split('#')[0]}#/inspections/calendar`);
  const checks = page.getByRole('region', { name: 'Supervision and DBS update service checks' });
  const priya = checks.getByRole('row', { name: /Priya Shah/ });
  const ben = checks.getByRole('row', { name: /Ben Carter/ });
  await expect(priya).toContainText('None recorded');

  await recordSupervision(page, 'Priya Shah', '06/11/2026', '01/01/2027');
  await expect(priya).toContainText('Last: 6 November 2026');
  await expect(priya).toContainText('In date Next due 1 January 2027');
  // Focus goes back to the row's button, so a keyboard user keeps their place.
  await expect(priya.getByRole('button', { name: 'Record supervision for Priya Shah' })).toBeFocused();

  await recordSupervision(page, 'Ben Carter', '01/09/2026', '13/10/2026');
  await expect(ben).toContainText('Last: 1 September 2026');
  await expect(ben).toContainText('Late Next due 13 October 2026');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const alerts = page.getByRole('region', { name: /^Alerts/ });
  const late = alerts.getByRole('listitem').filter({ hasText: 'Late: Ben Carter: supervision' });
  await expect(late).toContainText('It was due by 13 October 2026.');
  await expect(alerts).not.toContainText('Priya Shah: supervision');
  await late.getByRole('link', { name: 'Dates that must not slip' }).click();
  await expect(ben).toContainText('Late Next due 13 October 2026');
});
