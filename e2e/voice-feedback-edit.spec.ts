import { todayIso } from '../contract/rules/dates';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { callApp } from './review-helpers';
import { setUpHome } from './set-up-home';
import { openViews } from './voice-helpers';
import { keepPicture } from './pictures';

/** Axe, a screenshot to look at, and no sideways scrolling at 1280 and 640 px. */
async function checkAt(page: Page, name: string) {
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSeriousViolations(page, `${name} at ${width} px`);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways, `${name} scrolls sideways at ${width} px`).toBe(false);
    await keepPicture(page, { path: `/tmp/voice-feedback-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('feedback can be corrected after saving, and deleted after saying so', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(120_000);
  await setUpHome(page, app.url, { name: 'Oak House' });
  const home = (await callApp(request, app, 'homes.list', {}))[0]!;
  const today = todayIso();
  await callApp(request, app, 'voice.saveFeedback', {
    homeId: home.id,
    group: 'parents',
    role: 'Mum',
    receivedOn: today,
    how: 'call',
    said: 'Contact is good.',
    domains: ['relationships'],
    indicators: [],
    answers: [],
  });
  await openViews(page, 'Others’ views');
  const list = page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { name: /^Parent or family member/ }) });
  await expect(list).toContainText('Contact is good.');

  await page.getByRole('button', { name: /^Change the feedback from Parent or family member: Mum/ }).click();
  const form = page.getByRole('form', { name: 'Change these views' });
  await expect(form.getByRole('heading', { name: 'Change these views' })).toBeFocused();
  await expect(form.getByLabel('Their role (optional)')).toHaveValue('Mum');
  await expect(
    form.getByRole('checkbox', { name: '7. Relationships, attachment and family links' }),
  ).toBeChecked();

  // Bad input: both problems show beside their fields, and nothing typed is lost.
  await form.getByLabel('What they said').fill('');
  await form.getByLabel('Their role (optional)').fill('x'.repeat(201));
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Their role must be 200 characters or fewer')).toBeVisible();
  await expect(form.getByText('Enter what was said')).toBeVisible();
  await expect(form.getByLabel('Their role (optional)')).toBeFocused();
  await checkAt(page, 'edit-errors');

  await form.getByLabel('Their role (optional)').fill('Grandmother');
  await form.getByLabel('What they said').fill('Contact is good, but <b>school</b> runs late 😕');
  await form.getByRole('checkbox', { name: '7. Relationships, attachment and family links' }).uncheck();
  await form.getByRole('checkbox', { name: '5. Education and learning' }).check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Changes saved: Parent or family member, Grandmother.' }),
  ).toBeVisible();
  await expect(form).toHaveCount(0);
  const change = page.getByRole('button', {
    name: /^Change the feedback from Parent or family member: Grandmother/,
  });
  await expect(change).toBeFocused();
  await page.reload();
  await expect(list).toContainText('Contact is good, but <b>school</b> runs late 😕');
  await expect(list).toContainText('Concerns: 5. Education and learning');
  await expect(list).not.toContainText('Relationships');
  await expect(list).not.toContainText('Mum');

  // Delete asks first; "No, keep it" keeps it.
  const remove = page.getByRole('button', {
    name: /^Delete the feedback from Parent or family member: Grandmother/,
  });
  await remove.click();
  const confirm = page.getByRole('group', { name: 'Delete this feedback?' });
  await expect(confirm.getByRole('heading', { name: 'Delete this feedback?' })).toBeFocused();
  await expect(confirm).toContainText('This cannot be undone.');
  await checkAt(page, 'delete-confirm');
  await confirm.getByRole('button', { name: 'No, keep it' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(change).toBeFocused();
  await expect(list).toContainText('Grandmother');

  await remove.click();
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Deleted the feedback from Parent or family member: Grandmother' }),
  ).toBeVisible();
  await expect(page.getByText('No views recorded yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No views recorded yet.')).toBeVisible();
  expect(await callApp(request, app, 'voice.feedback', { homeId: home.id })).toEqual([]);
});
