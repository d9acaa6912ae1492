import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { todayIso } from '../contract/rules/dates';
import { expect, startServer, stopServer, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { keepPicture } from './pictures';
import { answerAndComplete, callApp, startReviewOfOnlyHome, tabTo, type AppAddress } from './review-helpers';
import { setUpHome } from './set-up-home';
import { spawnHub } from '../hub/test-support/hub-process';
import { postgresAvailable, type ThrowawayPostgres } from '../hub/test-support/throwaway-postgres';
import { HUB_ADMIN_EMAIL, HUB_CLI, hubDatabaseWithProvider } from './provider-hub-helpers';

const PASSWORD = 'a long first password';

test.skip(!postgresAvailable(), 'PostgreSQL 15 is not installed here (.ci/run installs it)');

/** Sets the home up on its first-run screen, connects it with its code, then signs off a review and records an action. */
async function homePublishes(
  page: Page,
  request: APIRequestContext,
  app: AppAddress,
  home: { name: string; code: string; hubUrl: string; sharesWith: string | null; action: string },
) {
  await setUpHome(page, app.url, { name: home.name });
  const homeId = (await callApp(request, app, 'homes.list', {}))[0]!.id;
  await callApp(request, app, 'hub.connect', { homeId, hubUrl: home.hubUrl, code: home.code });
  if (home.sharesWith)
    await callApp(request, app, 'hub.shareWith', { homeId, localAuthority: home.sharesWith });
  const review = await startReviewOfOnlyHome(request, app);
  await answerAndComplete(request, app, review.id, todayIso());
  await callApp(request, app, 'actions.create', {
    homeId,
    title: home.action,
    link: null,
    owner: 'Sam',
    dueOn: '2027-03-01',
    source: 'other',
  });
  const sent = await callApp(request, app, 'hub.send', { homeId });
  expect(sent.connected && sent.waiting, `${home.name} has nothing left to send`).toBe(0);
}

async function signInToHub(
  browser: Browser,
  hubUrl: string,
  email: string,
  password = PASSWORD,
  width = 1280,
): Promise<Page> {
  const hubPage = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
  await hubPage.goto(hubUrl);
  await hubPage.getByLabel('Email address').fill(email);
  await hubPage.getByLabel('Password').fill(password);
  await hubPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(hubPage.getByRole('heading', { level: 1, name: 'Homes over time' })).toBeVisible();
  return hubPage;
}

/** Axe finds nothing serious, and the page does not scroll sideways. */
async function expectNarrowAndClean(page: Page, screen: string) {
  const name = screen.toLowerCase().replace(/\W+/g, '-');
  await keepPicture(page, { path: `/tmp/hub-${name}.png`, fullPage: true });
  await expectNoSeriousViolations(page, screen);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(sideways, `${screen} scrolls sideways`).toBe(false);
}

/**
 * Issue 25 §5: two homes, each in its own browser-mode app with its own data, publish to one hub. The RI
 * sees both homes with their judgements; a commissioner sees only the home that shares with their local
 * authority, and the other home's address is refused. Then the provider admin revokes a home (its next
 * publication is refused in plain words) and resets a password (the session ends; the temporary password
 * only lets the person choose their own), on a 320 px screen, from the keyboard where it matters.
 */
test('two homes publish to one hub: the RI sees both, a commissioner only the one that shares; the admin revokes one and resets a password', async ({
  page,
  app,
  request,
  browser,
  playwright,
}) => {
  test.setTimeout(90_000);
  let cluster: ThrowawayPostgres | null = null;
  let hub: { url: string; child: ChildProcess } | null = null;
  const secondFolder = mkdtempSync(path.join(tmpdir(), 'hallmarks-e2e-second-home-'));
  let second: { url: string; process: ChildProcess } | null = null;
  const pages: Page[] = [];
  try {
    const made = await hubDatabaseWithProvider('hub_two_homes');
    cluster = made.cluster;
    const { pgUrl, adminPassword } = made;
    [hub, second] = await Promise.all([
      spawnHub(HUB_CLI, pgUrl),
      startServer(path.join(secondFolder, 'hallmarks.sqlite')),
    ]);

    // The provider admin makes both homes' codes and the two readers' accounts.
    const admin = await playwright.request.newContext({ baseURL: hub.url });
    await admin.post('/api/sign-in', { data: { email: HUB_ADMIN_EMAIL, password: adminPassword } });
    const codeFor = async (homeName: string) =>
      (
        (await (await admin.post('/api/enrolment-codes', { data: { homeName } })).json()) as {
          value: { homeId: string; code: string };
        }
      ).value;
    const [oak, elm] = [await codeFor('Oak Lodge'), await codeFor('Elm House')];
    for (const [email, role, localAuthority] of [
      ['ri@oak.example', 'ri', null],
      ['leeds@la.example', 'commissioner', 'Leeds'],
    ] as const) {
      const made = await admin.post('/api/users', {
        data: { email, password: PASSWORD, role, localAuthority },
      });
      expect(made.status()).toBe(201);
    }
    await admin.dispose();

    // Two managers, two apps, two data folders: Oak Lodge shares with Leeds, Elm House with no one.
    const secondPage = await page.context().newPage();
    pages.push(page, secondPage);
    await Promise.all([
      homePublishes(page, request, app, {
        name: 'Oak Lodge',
        code: oak.code,
        hubUrl: hub.url,
        sharesWith: 'Leeds',
        action: 'Refresh the fire drill rota',
      }),
      homePublishes(secondPage, request, second, {
        name: 'Elm House',
        code: elm.code,
        hubUrl: hub.url,
        sharesWith: null,
        action: 'Book the Reg 44 visit',
      }),
    ]);

    // The RI sees both homes, each with this quarter's three judgements, and each home's action.
    const ri = await signInToHub(browser, hub.url, 'ri@oak.example');
    pages.push(ri);
    for (const name of ['Oak Lodge', 'Elm House']) {
      const row = ri.getByRole('row').filter({ has: ri.getByRole('link', { name }) });
      await expect(row.locator('.grade-badge').getByText('Good', { exact: true })).toHaveCount(3);
    }
    await ri.getByRole('link', { name: 'Elm House' }).click();
    await expect(ri.getByRole('cell', { name: 'Book the Reg 44 visit' })).toBeVisible();

    // The commissioner for Leeds sees Oak Lodge's judgements only; Elm House is absent and refused.
    const leeds = await signInToHub(browser, hub.url, 'leeds@la.example');
    pages.push(leeds);
    const oakRow = leeds.getByRole('row').filter({ has: leeds.getByRole('link', { name: 'Oak Lodge' }) });
    await expect(oakRow.locator('.grade-badge').getByText('Good', { exact: true })).toHaveCount(3);
    await expect(leeds.getByRole('link', { name: 'Elm House' })).toHaveCount(0);
    await leeds.getByRole('link', { name: 'Oak Lodge' }).click();
    await expect(leeds.getByRole('heading', { level: 2, name: 'Reviews' })).toBeVisible();
    await expect(leeds.getByText('Refresh the fire drill rota')).toHaveCount(0);
    await leeds.goto(`${hub.url}/#/homes/${elm.homeId}`);
    await expect(leeds.getByText('That home is not one you can see.')).toBeVisible();
    await expect(leeds.getByText('Elm House')).toHaveCount(0);

    // The provider admin, on a 320 px screen and from the keyboard, revokes Elm House and resets the
    // commissioner's password.
    const adminPage = await signInToHub(browser, hub.url, HUB_ADMIN_EMAIL, adminPassword, 320);
    pages.push(adminPage);
    await adminPage.getByRole('link', { name: 'Homes and people' }).click();
    const revoke = adminPage.getByRole('button', { name: 'Revoke the connection of Elm House' });
    await tabTo(adminPage, revoke);
    await adminPage.keyboard.press('Enter');
    const confirmHeading = adminPage.getByRole('heading', { name: 'Revoke the connection of Elm House?' });
    await expect(confirmHeading).toBeFocused();
    // Cancel puts the keyboard back on the button that opened the step.
    await tabTo(adminPage, adminPage.getByRole('button', { name: 'Cancel' }));
    await adminPage.keyboard.press('Enter');
    await expect(revoke).toBeFocused();
    await adminPage.keyboard.press('Enter');
    await expect(confirmHeading).toBeFocused();
    await tabTo(adminPage, adminPage.getByRole('button', { name: 'Yes, revoke it' }));
    await expectNarrowAndClean(adminPage, 'Homes and people, revoking a home, at 320 px');
    await adminPage.keyboard.press('Enter');
    await expect(adminPage.getByRole('status').filter({ hasText: 'Elm House is revoked' })).toBeFocused();
    await expect(adminPage.getByText(/^Revoked on /)).toBeVisible();
    // Its page stays, saying plainly at the top that nothing new arrives from it.
    await adminPage.getByRole('link', { name: 'Elm House' }).click();
    await expect(adminPage.getByRole('note')).toContainText(
      /^This home’s connection was revoked on \d{1,2} \w+ \d{4}\.Nothing new arrives from it\./,
    );
    await expectNarrowAndClean(adminPage, 'A revoked home, at 320 px');
    await adminPage.goBack();

    // Elm House's next publication is refused, in words the manager can act on; nothing is lost.
    const elmHomeId = (await callApp(request, second, 'homes.list', {}))[0]!.id;
    await callApp(request, second, 'actions.create', {
      homeId: elmHomeId,
      title: 'Fix the back gate',
      link: null,
      owner: 'Sam',
      dueOn: '2027-03-01',
      source: 'other',
    });
    // Loaded afresh: the page last asked about the hub before the home was connected behind its back.
    await secondPage.reload();
    await secondPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    const hubSection = secondPage.getByRole('region', { name: 'Connect to a provider hub' });
    await hubSection.getByRole('button', { name: 'Send now' }).click();
    await expect(
      hubSection
        .getByRole('status')
        .filter({ hasText: "This home's connection was revoked by the provider. Nothing was stored." }),
    ).toContainText('1 record is kept on this computer');

    const resetButton = adminPage.getByRole('button', { name: 'Reset password of leeds@la.example' });
    await resetButton.click();
    await adminPage.getByRole('button', { name: 'Cancel' }).click();
    await expect(resetButton).toBeFocused();
    await resetButton.click();
    await adminPage.getByRole('button', { name: 'Yes, reset it' }).click();
    const temporary = (await adminPage.locator('.hub-code').textContent())!;
    await expectNarrowAndClean(adminPage, 'Homes and people, a temporary password shown, at 320 px');

    // The commissioner's session has ended; the temporary password only lets them choose their own.
    await leeds.goto(hub.url);
    await leeds.getByLabel('Email address').fill('leeds@la.example');
    await leeds.getByLabel('Password').fill(temporary);
    await leeds.getByRole('button', { name: 'Sign in' }).click();
    await expect(leeds.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await expectNoSeriousViolations(leeds, 'Choose a new password');
    await leeds.getByLabel('Temporary password').fill(temporary);
    await leeds.getByLabel('New password', { exact: true }).fill('the commissioner’s own password');
    await leeds.getByLabel('New password again').fill('the commissioner’s own password');
    await leeds.getByRole('button', { name: 'Save my new password' }).click();
    await expect(leeds.getByRole('link', { name: 'Oak Lodge' })).toBeVisible();

    // The provider admin changes their own password on Your account: the copy must match.
    await adminPage.getByRole('link', { name: 'Your account' }).click();
    await adminPage.getByLabel('Current password').fill(adminPassword);
    await adminPage.getByLabel('New password', { exact: true }).fill('the admin’s own new password');
    await adminPage.getByLabel('New password again').fill('the admin’s own new passwrod');
    await adminPage.getByRole('button', { name: 'Change my password' }).click();
    await expect(adminPage.getByRole('alert')).toHaveText(/^The new password and the new password again/);
    await adminPage.getByLabel('New password again').fill('the admin’s own new password');
    await adminPage.getByRole('button', { name: 'Change my password' }).click();
    await expect(
      adminPage.getByRole('status').filter({ hasText: 'Your password is changed.' }),
    ).toBeFocused();
    await expectNarrowAndClean(adminPage, 'Your account, password changed, at 320 px');
  } finally {
    if (second) await stopServer(second.process, pages.slice(1, 2));
    rmSync(secondFolder, { recursive: true, force: true });
    hub?.child.kill('SIGKILL');
    cluster?.stop();
  }
});
