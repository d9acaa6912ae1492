import type { Page } from '@playwright/test';
import { addDays } from '../contract/rules/dates';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { answerReview, callApp, indicatorGroup, openScreen } from './review-helpers';
import { addQuarters, quarterOf } from '../contract/rules/quarters';
import { setUpHome } from './set-up-home';

const typed = (iso: string) => iso.split('-').reverse().join('/');
const STATEMENT = 'The manager is seen on all shift patterns';

/** The action area under one indicator, found by the "Add an action" button's accessible name. */
const addActionButton = (page: Page, number: string) =>
  page.getByRole('button', { name: new RegExp(`^Add an action: indicator ${number.replace('.', '\\.')},`) });

test('an action added from an indicator follows it into the next review, falls overdue and is completed with evidence', async ({
  page,
  app,
  request,
}) => {
  // Two quarters, two axe runs and a clock moved twice: longer than the default on a shared machine.
  test.setTimeout(150_000);
  // A fixed day in summer time, just after midnight: 00:30 BST on 2 July 2026 is 2 July in the home.
  app.setClock('2026-07-01T23:30:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const today = await callApp(request, app, 'app.today', {});
  expect(today).toBe('2026-07-02');
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  const lastQuarter = addQuarters(quarterOf(new Date('2026-07-02T12:00:00Z')), -1);
  const first = await callApp(request, app, 'reviews.start', { homeId, quarter: lastQuarter });
  await answerReview(request, app, first.id);

  await openScreen(page, app, `#/reviews/${first.id}/domain/leadership`);
  await expect(indicatorGroup(page, STATEMENT)).toBeVisible();
  const address = page.url();
  await addActionButton(page, '1.1').click();
  const form = page.getByRole('form', { name: /^New action: indicator 1\.1/ });
  await form.getByLabel('What is to be done').fill('Manager on shift two evenings a week');
  await form.getByLabel('Owner (optional)').fill('Jo Turner');
  // Bad dates first: before 2000 is refused; a date already passed is allowed, with a note.
  await form.getByLabel('Due date').fill('31/12/1999');
  await form.getByRole('button', { name: 'Save action' }).click();
  await expect(form.getByLabel('Due date')).toHaveAccessibleDescription(
    /Enter a date on or after 1 January 2000/,
  );
  await form.getByLabel('Due date').fill(typed(addDays(today, -1)));
  await expect(form).toContainText('This date has already passed. You can still save it');
  await expectNoSeriousViolations(page, 'a review step with the Add an action form open');
  await form.getByLabel('Due date').fill(typed(addDays(today, 10)));
  await form.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Action added.' })).toBeVisible();
  expect(page.url()).toBe(address);
  await expect(addActionButton(page, '1.1')).toBeFocused();

  // Sign the quarter off and start the next: the action sits beside the same indicator.
  await callApp(request, app, 'reviews.complete', {
    reviewId: first.id,
    signedByName: 'Jo Turner',
    signedByRole: 'Registered manager',
    signedOn: today,
  });
  const next = await callApp(request, app, 'reviews.start', { homeId, quarter: addQuarters(lastQuarter, 1) });
  await openScreen(page, app, `#/reviews/${next.id}/domain/leadership`);
  const beside = page.getByRole('complementary', { name: /^Open actions for / });
  await expect(beside).toHaveCount(1);
  await expect(beside).toHaveAccessibleName('Open actions for indicator 1.1');
  await expect(beside).toContainText('Manager on shift two evenings a week');
  await expect(beside).toContainText('Jo Turner');
  // It sits after indicator 1.1 and before 1.2.
  const order = await page.evaluate(() => {
    const aside = document.querySelector('aside.open-actions');
    const groups = [...document.querySelectorAll('fieldset.indicator')];
    return groups.map((g) =>
      Boolean(aside && g.compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
  });
  expect(order.slice(0, 2)).toEqual([true, false]);

  // Eleven days on, it is overdue and the dashboard says so.
  app.setClock('2026-07-12T23:30:00Z');
  await openScreen(page, app, '#/');
  const alerts = page.getByRole('region', { name: /^Alerts/ });
  await expect(alerts).toContainText('An action is overdue');
  await expect(alerts).toContainText('Manager on shift two evenings a week');
  await alerts.getByRole('link', { name: 'See overdue actions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('overdue');
  const card = page.getByRole('article', { name: 'Manager on shift two evenings a week' });
  await expect(card.getByText('Overdue', { exact: true })).toBeVisible();

  // Done needs a date and evidence; then it leaves the open actions.
  await card.getByRole('button', { name: 'Change status' }).click();
  await card.getByLabel('Done').check();
  await card.getByLabel('Date it was done').fill('');
  await card.getByRole('button', { name: 'Save status' }).click();
  await expect(card.getByLabel('Date it was done')).toHaveAccessibleDescription(/Enter the date it was done/);
  await expectNoSeriousViolations(page, 'the Actions page with a status error');
  await expect(card.getByLabel('Date it was done')).toBeFocused();
  await card.getByLabel('Date it was done').fill('12/07/2026');
  await card
    .getByLabel('Evidence that it was done')
    .fill('Rota for July shows the manager on Tuesday and Thursday lates.');
  await card.getByLabel('Your name (optional)').fill('Jo Turner');
  await card.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status changed to done.' })).toBeVisible();
  await expect(card).toHaveCount(0);
  await page.getByLabel('Status').selectOption('current');
  await expect(page.getByRole('heading', { name: '0 actions, soonest due first' })).toBeVisible();
  await page.getByLabel('Status').selectOption('done');
  await expect(card).toContainText('Rota for July shows the manager');
  await card.getByText('Status history').click();
  await expect(card).toContainText(/Done on 13 July 2026 at \d\d:\d\d by Jo Turner/);
  await openScreen(page, app, '#/');
  await expect(page.getByRole('region', { name: /^Alerts/ })).not.toContainText('An action is overdue');
});

test('action text keeps 10,000 characters, emoji and HTML-looking text, shown as text', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await openScreen(page, app, '#/actions');
  await page.getByRole('button', { name: 'Add an action' }).click();
  const long = `<img src=x onerror="alert(1)"> Zoë’s 🎉 plan <b>bold</b> ${'x'.repeat(10_000)}`;
  await page.getByLabel('What is to be done').fill(long);
  await page.getByLabel('Owner (optional)').fill('<i>Sam</i> 👍');
  await page.getByLabel('Due date').fill('01/02/2030');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Action added.' })).toBeVisible();
  const title = page.locator('.action-card__title');
  await expect(title).toHaveText(long);
  await expect(page.locator('.action-card img')).toHaveCount(0);
  await expect(page.locator('.action-card b')).toHaveCount(0);
  await expect(page.getByRole('article')).toContainText('<i>Sam</i> 👍');
  await page.reload();
  await expect(page.locator('.action-card__title')).toHaveText(long);
});
