import { expect, test } from './fixtures';
import { checkAtBothWidths } from './meetings-helpers';
import { callApp } from './review-helpers';
import { setUpHome } from './set-up-home';

test('the manager sets a PIN; locked, the app shows only the locked screen until the PIN is typed, even after a restart', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(120_000);
  app.setClock('2026-07-01T23:30:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Manager’s PIN' });
  await expect(section).toContainText('No PIN is set yet.');
  await section.getByLabel('PIN', { exact: true }).fill('12a4');
  await section.getByRole('button', { name: 'Set PIN' }).click();
  await expect(section.getByLabel('PIN', { exact: true })).toHaveAccessibleDescription(
    /Enter a PIN of 6 to 12 digits, using numbers only/,
  );
  await section.getByLabel('PIN', { exact: true }).fill('123456');
  await section.getByRole('button', { name: 'Set PIN' }).click();
  await expect(section.getByLabel('PIN', { exact: true })).toHaveAccessibleDescription(
    /Choose a PIN others could not guess/,
  );
  await section.getByLabel('PIN', { exact: true }).fill('482913');
  await section.getByLabel('Type the PIN again').fill('482914');
  await section.getByRole('button', { name: 'Set PIN' }).click();
  await expect(section.getByLabel('Type the PIN again')).toHaveAccessibleDescription(
    /Type the same PIN again/,
  );
  await section.getByLabel('Type the PIN again').fill('482913');
  await section.getByRole('button', { name: 'Set PIN' }).click();
  await expect(section.getByRole('status')).toHaveText('The manager’s PIN has been set.');
  await expect(section).toContainText('A PIN is set.');
  await expect(section.getByLabel('Current PIN')).toBeVisible();
  await checkAtBothWidths(page, 'Settings with the PIN section', 'settings-pin');

  // The manager's password: what unlocks once the PIN has been guessed at too often.
  const password = page.getByRole('region', { name: 'Manager’s password' });
  await expect(password).toContainText('No password is set yet.');
  await password.getByLabel('Password', { exact: true }).fill('too short');
  await password.getByRole('button', { name: 'Set password' }).click();
  await expect(password.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(
    /Enter a password of at least 10 characters/,
  );
  await password.getByLabel('Password', { exact: true }).fill('kettle orchard lantern');
  await password.getByLabel('Type the password again').fill('kettle orchard lantern');
  await password.getByRole('button', { name: 'Set password' }).click();
  await expect(password.getByRole('status')).toHaveText('The manager’s password has been set.');

  // Locked (the private rating screen will do this), the page shows nothing else, however it is reached.
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  await callApp(request, app, 'lock.enter', { mode: 'rating', homeId, subjectId: null });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Exit (manager’s PIN)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByText('Oak Lodge')).toHaveCount(0);
  await page.goto(`${app.url.split('#')[0]}#/settings`);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Exit (manager’s PIN)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
  await expect(callApp(request, app, 'reviews.list', { homeId })).rejects.toThrow(/Hallmarks is locked/);
  await checkAtBothWidths(page, 'the locked screen', 'locked');

  // Wrong PINs say so; after five, each try waits, by the app's clock, across a restart.
  await page.getByRole('button', { name: 'Exit (manager’s PIN)' }).click();
  const pin = page.getByLabel('Manager’s PIN');
  await expect(pin).toBeFocused();
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(pin).toHaveAccessibleDescription(/Enter the manager’s PIN/);
  for (let i = 0; i < 4; i += 1) {
    await pin.fill('111111');
    await pin.press('Enter');
    await expect(pin).toHaveAccessibleDescription(/That PIN is not right. Check it and try again./);
    await expect(pin).toHaveValue('');
  }
  await pin.fill('111111');
  await pin.press('Enter');
  await expect(pin).toHaveAccessibleDescription(/Too many wrong PINs: wait 30 seconds, then try again./);
  await checkAtBothWidths(page, 'the unlock form with an error', 'unlock');

  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('button', { name: 'Exit (manager’s PIN)' })).toBeVisible();
  await page.getByRole('button', { name: 'Exit (manager’s PIN)' }).click();
  await pin.fill('482913');
  await pin.press('Enter');
  await expect(pin).toHaveAccessibleDescription(/Too many wrong PINs. Wait 30 seconds, then try again./);

  app.setClock('2026-07-01T23:31:00Z');
  await pin.fill('482913');
  await pin.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exit (manager’s PIN)' })).toHaveCount(0);
  expect(await callApp(request, app, 'reviews.list', { homeId })).toEqual([]);

  // The password unlocks too.
  await callApp(request, app, 'lock.enter', { mode: 'rating', homeId, subjectId: null });
  await page.reload();
  await page.getByRole('button', { name: 'Exit (manager’s PIN)' }).click();
  await page.getByRole('button', { name: 'Use the password instead' }).click();
  const typedPassword = page.getByLabel('Manager’s password');
  await expect(typedPassword).toBeFocused();
  await typedPassword.fill('kettle orchard');
  await typedPassword.press('Enter');
  await expect(typedPassword).toHaveAccessibleDescription(/That password is not right/);
  await typedPassword.fill('kettle orchard lantern');
  await typedPassword.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
