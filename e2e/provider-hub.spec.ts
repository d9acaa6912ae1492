import type { ChildProcess } from 'node:child_process';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { callApp } from './review-helpers';
import { setUpHome } from './set-up-home';
import { spawnHub } from '../hub/test-support/hub-process';
import { postgresAvailable, type ThrowawayPostgres } from '../hub/test-support/throwaway-postgres';
import { HUB_CLI, hubDatabaseWithProvider } from './provider-hub-helpers';

test.skip(!postgresAvailable(), 'PostgreSQL 15 is not installed here (.ci/run installs it)');

/**
 * A manager connects a home to a real hub (its own throwaway PostgreSQL), the hub goes down while the home
 * records an action, the app says it is waiting, then sends it when the hub is back; the provider's admin
 * sees the home in the hub's pages.
 */
test('a home connects to its provider hub, keeps what it records while the hub is down, then sends it', async ({
  page,
  app,
  request,
  browser,
}) => {
  test.setTimeout(60_000);
  let cluster: ThrowawayPostgres | null = null;
  let hub: { url: string; child: ChildProcess } | null = null;
  try {
    const made = await hubDatabaseWithProvider('hub_e2e');
    cluster = made.cluster;
    const { pgUrl, adminPassword: password } = made;
    hub = await spawnHub(HUB_CLI, pgUrl);
    const port = Number(new URL(hub.url).port);

    // The provider's admin makes the home's code in the hub's pages.
    const hubPage = await (await browser.newContext()).newPage();
    await hubPage.goto(hub.url);
    await hubPage.getByLabel('Email address').fill('admin@oak.example');
    await hubPage.getByLabel('Password').fill(password);
    await hubPage.getByRole('button', { name: 'Sign in' }).click();
    await hubPage.getByRole('link', { name: 'Homes and people' }).click();
    await hubPage.getByLabel('Home’s name').fill('Oak Lodge');
    await hubPage.getByRole('button', { name: 'Make an enrolment code' }).click();
    const code = (await hubPage.locator('.hub-code').textContent())!;

    // The manager connects the home in Settings.
    await setUpHome(page, app.url, { name: 'Oak Lodge', places: '4' });
    const homeId = (await callApp(request, app, 'homes.list', {}))[0]!.id;
    const action = (title: string) =>
      callApp(request, app, 'actions.create', {
        homeId,
        title,
        link: null,
        owner: 'Sam',
        dueOn: '2026-12-01',
        source: 'other',
      });
    await action('Refresh the fire drill rota');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Connect to a provider hub' });
    await expect(section.getByText('Evidence notes, unless you turn on sending them')).toBeVisible();
    await section.getByLabel('Hub address').fill(hub.url);
    await section.getByLabel('Enrolment code').fill(code);
    await section.getByRole('button', { name: 'Connect to the hub' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Sent to the provider on' })).toBeVisible();
    await section.getByLabel('Share judgements with a local authority').fill('Leeds');
    await section.getByRole('button', { name: 'Save sharing' }).click();
    await expect(section.getByText('Saved: Leeds can see this home’s judgements.')).toBeVisible();
    // Evidence notes stay here unless the manager turns sending them on.
    const notes = section.getByLabel('Send evidence notes with the reviews I sign off');
    await expect(notes).not.toBeChecked();
    await notes.check();
    await expect(section.getByText('Saved: evidence notes will be sent.')).toBeVisible();

    // The hub goes down; the home records another action and tries to send it.
    hub.child.kill('SIGKILL');
    await action('Book the Reg 44 visit');
    await section.getByRole('button', { name: 'Send now' }).click();
    await expect(
      section.getByRole('status').filter({ hasText: 'Waiting to send: offline since' }),
    ).toBeVisible();
    await expect(section.getByText('Action: Book the Reg 44 visit (open): waiting to send')).toBeVisible();
    await expectNoSeriousViolations(page, 'Settings, connected to a hub that is down');

    // Back up: sent, and the provider sees both actions.
    hub = await spawnHub(HUB_CLI, pgUrl, port);
    await section.getByRole('button', { name: 'Send now' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Sent to the provider on' })).toBeVisible();
    await hubPage.goto(hub.url);
    await hubPage.getByRole('link', { name: 'Oak Lodge' }).click();
    await expect(hubPage.getByRole('cell', { name: 'Book the Reg 44 visit' })).toBeVisible();
    await expect(hubPage.getByRole('cell', { name: 'Refresh the fire drill rota' })).toBeVisible();
    await expectNoSeriousViolations(hubPage, 'The hub: one home');
  } finally {
    hub?.child.kill('SIGKILL');
    cluster?.stop();
  }
});
