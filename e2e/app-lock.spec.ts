import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { callApp } from './review-helpers';
import { setUpHome } from './set-up-home';

const PIN = '582914';
const PASSWORD = 'kettle orchard lantern';
const TYPED = 'Sam Okafor, typed but not saved';

/** Everything the page holds as text, hidden or not: the home must not be in it while locked. */
const pageText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

async function expectLocked(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Hallmarks is locked' })).toBeVisible();
  const text = await pageText(page);
  for (const shown of ['Oak Lodge', TYPED, 'Settings', 'Dashboard']) expect(text).not.toContain(shown);
  await expect(page.getByRole('navigation')).toHaveCount(0);
}

test('the app lock hides the home in every tab until the manager unlocks it, and keeps what was typed', async ({
  page,
  app,
  request,
  context,
}) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const { origin, searchParams } = new URL(app.url);
  const sheet = await (await request.get(`${origin}/recovery-key?key=${searchParams.get('key')}`)).text();
  const recoveryKey = /[0-9A-Z]{5}(?:-[0-9A-Z]{5}){7}/.exec(sheet)![0];

  // Before a PIN or password is set there is nothing to unlock with: no Lock button, and Settings says so.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Lock when away' });
  await expect(section).toContainText('Set a manager’s PIN or password above first');
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);
  await callApp(request, app, 'pin.set', { newPin: PIN });
  await callApp(request, app, 'password.set', { newPassword: PASSWORD });
  await page.reload();
  const minutes = section.getByLabel('Lock after this long without use');
  await expect(minutes).toHaveValue('10');
  // From the keyboard: the choice, then Tab to Save.
  await minutes.focus();
  await page.keyboard.press('ArrowUp');
  await expect(minutes).toHaveValue('5');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toHaveText(
    'Saved. Hallmarks will lock after 5 minutes without use.',
  );
  await expectNoSeriousViolations(page, 'Settings with the app lock');

  // A second tab, opened before the lock, clears itself with the first.
  const other = await context.newPage();
  await other.goto(app.url);
  await expect(other.getByRole('heading', { level: 1, name: 'Oak Lodge' })).toBeVisible();

  await page.getByLabel('Registered manager (optional)').fill(TYPED);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expectLocked(page);
  await expect(page.getByText('What you were typing stays in this window')).toBeVisible();
  await expectLocked(other);
  await expect(callApp(request, app, 'homes.list', {})).rejects.toThrow(/Hallmarks is locked/);
  await expect(callApp(request, app, 'appLock.setIdle', { idleMinutes: 60 })).rejects.toThrow(
    /Hallmarks is locked/,
  );
  await expectNoSeriousViolations(page, 'the lock screen');
  for (const width of [640, 320]) {
    await page.setViewportSize({ width, height: 640 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Five wrong passwords, then a wait; the recovery key still opens it, in both tabs.
  await page.getByRole('button', { name: 'Use the password instead' }).click();
  const password = page.getByLabel('Manager’s password');
  await expect(password).toBeFocused();
  for (let i = 0; i < 4; i += 1) {
    await password.fill('not the password');
    await password.press('Enter');
    await expect(password).toHaveAccessibleDescription(/That password is not right/);
    await expect(password).toHaveValue('');
  }
  await password.fill('not the password');
  await password.press('Enter');
  await expect(password).toHaveAccessibleDescription(/Too many wrong passwords: wait 30 seconds/);
  await password.fill(PASSWORD);
  await password.press('Enter');
  await expect(password).toHaveAccessibleDescription(/Wait 30 seconds/);
  await page.getByRole('button', { name: 'Use the recovery key' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Registered manager (optional)')).toHaveValue(TYPED);
  await expect(other.getByRole('heading', { level: 1, name: 'Oak Lodge' })).toBeVisible();
  await other.close();

  // Ctrl+L, and the password, from the keyboard alone.
  await page.keyboard.press('Control+L');
  await expectLocked(page);
  await expect(page.getByLabel('Manager’s PIN')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Use the password instead' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(password).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Registered manager (optional)')).toHaveValue(TYPED);

  // Five minutes without use, by the page's clock.
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.clock.fastForward('01:01');
  await expectLocked(page);
  await page.getByLabel('Manager’s PIN').fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // Survey mode locks the same way, and unlocking goes back to the survey, not the manager's screens.
  const homeId = (await callApp(request, app, 'homes.list', {}))[0]!.id;
  await callApp(request, app, 'lock.enter', { mode: 'voice', homeId, subjectId: null });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Exit (manager’s PIN)' })).toBeVisible();
  await page.clock.fastForward('05:01');
  await expectLocked(page);
  await page.getByLabel('Manager’s PIN').fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Exit (manager’s PIN)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
});
