import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { todayIso } from '../contract/rules/dates';
import { expect, startServer, stopServer, test } from './fixtures';
import { answerAndComplete, callApp, startReviewOfOnlyHome, type AppAddress } from './review-helpers';
import { setUpHome } from './set-up-home';
import { spawnHub } from '../hub/test-support/hub-process';
import { postgresAvailable, type ThrowawayPostgres } from '../hub/test-support/throwaway-postgres';
import { HUB_CLI, hubDatabaseWithProvider } from './provider-hub-helpers';

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

async function signInToHub(browser: Browser, hubUrl: string, email: string): Promise<Page> {
  const hubPage = await (await browser.newContext()).newPage();
  await hubPage.goto(hubUrl);
  await hubPage.getByLabel('Email address').fill(email);
  await hubPage.getByLabel('Password').fill(PASSWORD);
  await hubPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(hubPage.getByRole('heading', { level: 1, name: 'Homes over time' })).toBeVisible();
  return hubPage;
}

/**
 * Issue 25 §5: two homes, each in its own browser-mode app with its own data, publish to one hub. The RI
 * sees both homes with their judgements; a commissioner sees only the home that shares with their local
 * authority, and the other home's address is refused.
 */
test('two homes publish to one hub: the RI sees both, a commissioner only the one that shares', async ({
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
    await admin.post('/api/sign-in', { data: { email: 'admin@oak.example', password: adminPassword } });
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
  } finally {
    if (second) await stopServer(second.process, pages.slice(1, 2));
    rmSync(secondFolder, { recursive: true, force: true });
    hub?.child.kill('SIGKILL');
    cluster?.stop();
  }
});
