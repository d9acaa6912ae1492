import { expect, test } from './fixtures';
import { checkAtBothWidths } from './meetings-helpers';
import { callApp } from './review-helpers';
import { setUpHome } from './set-up-home';

test('the manager builds the staff list from the keyboard, marks a leaver, and picks owners from current staff', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(90_000);
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await expect(page.getByText('No one is on the staff list yet.')).toBeVisible();

  // A blank name is refused beside the field.
  await page.getByRole('button', { name: 'Add to staff list' }).click();
  await expect(page.getByLabel('Name or initials')).toHaveAccessibleDescription(/Enter a name or initials/);

  // Typed from the keyboard alone: each field is reached with Tab.
  await page.getByLabel('Name or initials').fill('Sam Patel');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Deputy manager');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01/03/2024');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Sam Patel added to the staff list.' }),
  ).toBeVisible();

  const odd = '<b>JT</b> 🌙 nights ' + 'x'.repeat(150);
  await page.getByLabel('Name or initials').fill(odd);
  await page.getByLabel('Role (optional)').fill('Night worker');
  await page.getByRole('button', { name: 'Add to staff list' }).click();
  await expect(page.getByRole('rowheader', { name: odd })).toBeVisible();
  await page.getByLabel('Name or initials').fill('Alex Reid');
  await page.getByRole('button', { name: 'Add to staff list' }).click();
  await expect(page.getByRole('caption')).toHaveText('Staff list: 3 working here');
  await checkAtBothWidths(page, 'Staff', 'staff');

  // Alex leaves; a leaving date before the start is refused, then a real one is kept.
  await page.getByRole('button', { name: 'Change details: Alex Reid' }).click();
  const form = page.getByRole('form', { name: 'Change details: Alex Reid' });
  await expect(form.getByLabel('Name or initials')).toBeFocused();
  await form.getByLabel('Date they started (optional)').fill('01/06/2025');
  await form.getByLabel('Do they still work here?').selectOption('left');
  await form.getByLabel('Date they left (optional)').fill('31/05/2025');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByLabel('Date they left (optional)')).toHaveAccessibleDescription(
    /on or after the date they started/,
  );
  await form.getByLabel('Date they left (optional)').fill('31/10/2026');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /Alex Reid/ })).toContainText('Left on 31 October 2026');
  await expect(page.getByRole('button', { name: 'Change details: Alex Reid' })).toBeFocused();
  await expect(page.getByRole('caption')).toHaveText('Staff list: 2 working here');

  // The list survives a restart of the app.
  await app.restart();
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('row', { name: /Alex Reid/ })).toContainText('Left on 31 October 2026');

  // An action's owner is offered from the staff who work here now, and anything else may be typed.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
  await page.getByRole('button', { name: 'Add an action' }).click();
  const owner = page.getByLabel('Owner (optional)');
  await expect(owner).toHaveAccessibleDescription(/choose from the staff list or type a name/);
  const offered = await page
    .locator(`datalist#${await owner.getAttribute('list')} option`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered.sort()).toEqual([odd, 'Sam Patel'].sort());
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  expect((await callApp(request, app, 'staff.list', { homeId })).map((m) => m.status)).toEqual([
    'active',
    'active',
    'left',
  ]);
});
