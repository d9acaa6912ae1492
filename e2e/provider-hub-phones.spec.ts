import type { ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { callApp, openScreen } from './review-helpers';
import { setUpHome } from './set-up-home';
import { spawnHub } from '../hub/test-support/hub-process';
import { postgresAvailable, type ThrowawayPostgres } from '../hub/test-support/throwaway-postgres';
import { HUB_CLI, hubDatabaseWithProvider } from './provider-hub-helpers';

const STAFF = ['Asha', 'Ben', 'Cara', 'Dev'];

test.skip(!postgresAvailable(), 'PostgreSQL 15 is not installed here (.ci/run installs it)');

/** Makes a home's enrolment code as the provider's admin, through the hub's API. */
async function enrolmentCode(hubUrl: string, email: string, password: string): Promise<string> {
  const signIn = await fetch(`${hubUrl}/api/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const made = await fetch(`${hubUrl}/api/enrolment-codes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ homeName: 'Birch House' }),
  });
  return ((await made.json()) as { value: { code: string } }).value.code;
}

/** Chooses one grade for every statement on the phone page. */
async function chooseEverywhere(phone: Page, grade: string) {
  // Each statement is a group of radios (the "what the grades mean" disclosures are groups too).
  for (const group of await phone
    .getByRole('group')
    .filter({ has: phone.getByRole('radio') })
    .all()) {
    await group.getByRole('radio', { name: grade, exact: true }).check();
  }
}

/**
 * Four staff rate on their own phones (browser contexts the size of a phone) while the manager's app
 * counts who has finished; ending the round brings the team's counts into the app.
 */
test('staff rate on their own phones while the manager’s app counts who has rated', async ({
  page,
  app,
  request,
  browser,
}) => {
  test.setTimeout(90_000);
  let cluster: ThrowawayPostgres | null = null;
  let hub: { url: string; child: ChildProcess } | null = null;
  try {
    const made = await hubDatabaseWithProvider('hub_phones_e2e');
    cluster = made.cluster;
    const { pgUrl, adminPassword: password } = made;
    hub = await spawnHub(HUB_CLI, pgUrl);

    // Set up through the API: what this test is about is the phones and the manager's screen.
    await setUpHome(page, app.url, { name: 'Birch House', places: '4' });
    const homeId = (await callApp(request, app, 'homes.list', {}))[0]!.id;
    const code = await enrolmentCode(hub.url, 'admin@oak.example', password);
    await callApp(request, app, 'hub.connect', { homeId, hubUrl: hub.url, code });
    for (const name of STAFF) {
      await callApp(request, app, 'staff.save', {
        homeId,
        name,
        role: 'Residential care worker',
        startedOn: null,
        status: 'active',
        leftOn: null,
      });
    }
    const review = await callApp(request, app, 'reviews.start', { homeId, quarter: '2026-Q3' });
    await callApp(request, app, 'teamRound.open', { reviewId: review.id, domainKeys: ['leadership'] });

    await openScreen(page, app, `#/team/meeting/${review.id}`);
    const phones = page.getByRole('region', { name: 'Rate on their own phones' });
    await phones.getByRole('button', { name: 'Let staff rate on their phones' }).click();
    await expect(phones.getByRole('status')).toHaveText('0 of 4 have rated');
    await expect(phones.getByRole('img', { name: 'QR code for Asha' })).toBeVisible();
    // One way of rating at a time: the computer offers no second sheet while the phones rate.
    await expect(
      page.getByText(/^Staff are rating on their own phones, so there is no rating/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start private rating on this computer' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Type in a paper rating sheet' })).toHaveCount(0);
    await expectNoSeriousViolations(page, 'Team meeting, staff rating on their phones');

    const round = await callApp(request, app, 'teamRound.get', { reviewId: review.id });
    const open = await callApp(request, app, 'phoneRound.get', { roundId: round!.id });
    if (open.state !== 'open') throw new Error('The phone round did not open');

    async function rateOnPhone(link: string, grade: string) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const phone = await context.newPage();
      await phone.goto(link);
      await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/^Rate the home/);
      await chooseEverywhere(phone, grade);
      await phone.getByRole('button', { name: 'Send my ratings' }).click();
      await expect(phone.getByRole('heading', { name: 'Thank you' })).toBeVisible();
      return phone;
    }

    const first = await rateOnPhone(open.people[0]!.link, 'Good');
    await expectNoSeriousViolations(first, 'The phone page, after rating');
    await first.goto(open.people[0]!.link);
    await first.reload();
    await expect(first.getByText('This link has already been used to rate.')).toBeVisible();
    await rateOnPhone(open.people[1]!.link, 'Good');
    await rateOnPhone(open.people[2]!.link, 'Requires improvement');
    await expect(phones.getByRole('status')).toHaveText('3 of 4 have rated');
    await expect(phones.getByText('Has rated.')).toHaveCount(3);

    // The fourth phone, at 320 px: nothing scrolls sideways, and losing the signal is said plainly.
    const narrowContext = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const narrow = await narrowContext.newPage();
    await narrow.goto(open.people[3]!.link);
    await expect(narrow.getByRole('button', { name: 'Send my ratings' })).toBeVisible();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoSeriousViolations(narrow, 'The phone page at 320 px');
    await chooseEverywhere(narrow, 'Outstanding');
    await narrowContext.setOffline(true);
    await narrow.getByRole('button', { name: 'Send my ratings' }).click();
    await expect(narrow.getByRole('alert')).toHaveText(
      /^Your phone is offline\. Your answers are still on this page/,
    );
    await narrowContext.setOffline(false);
    await narrow.getByRole('button', { name: 'Send my ratings' }).click();
    await expect(narrow.getByRole('heading', { name: 'Thank you' })).toBeVisible();
    await expect(phones.getByRole('status')).toHaveText('4 of 4 have rated');

    // The reveal: rating ends, and the team's counts are the app's.
    await phones.getByRole('button', { name: 'End rating and show the spread' }).click();
    await expect(page.getByText('4 people have rated.')).toBeVisible();
    await expect(page.getByText('Rating has ended.')).toBeVisible();
    await expect(page.getByText('Gave their name when they rated: Asha, Ben, Cara, Dev.')).toBeVisible();
  } finally {
    hub?.child.kill('SIGKILL');
    cluster?.stop();
  }
});
