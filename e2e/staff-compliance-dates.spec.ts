import type { Page } from '@playwright/test';
import { openDataFile } from './data-file';
import { expect, test } from './fixtures';
import { checkAtBothWidths } from './meetings-helpers';
import { setUpHome } from './set-up-home';

const goTo = async (page: Page, main: string, sub?: string) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: main }).click();
  if (sub) {
    await page
      .getByRole('navigation', { name: 'Inspection records' })
      .getByRole('link', { name: sub })
      .click();
  }
};

async function addStaff(page: Page, name: string, role: string, started: string) {
  await page.getByLabel('Name or initials').fill(name);
  await page.getByLabel('Role (optional)').fill(role);
  await page.getByLabel('Date they started (optional)').fill(started);
  await page.getByRole('button', { name: 'Add to staff list' }).click();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

test('qualification deadlines and appraisals come from the staff list, and a leaver stops counting as late', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  app.setClock('2026-11-20T10:00:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const main = page.getByRole('main');

  // With no one on the staff list, the calendar sends the manager there first.
  await goTo(page, 'Inspections', 'Dates that must not slip');
  const quals = page.getByRole('region', { name: 'Add a qualification deadline' });
  await quals.getByRole('link', { name: 'Add them to the staff list first' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await addStaff(page, 'Sam Patel', 'Residential support worker', '02/09/2023');
  await addStaff(page, 'Jo 🌟 <b>Reid</b>', 'Deputy manager', '01/06/2026');

  await goTo(page, 'Inspections', 'Dates that must not slip');
  const form = page.getByRole('form', { name: 'Add a qualification deadline' });
  // Nothing chosen: the problem is beside the list.
  await form.getByRole('button', { name: 'Add deadline' }).click();
  const who = form.getByLabel('Member of staff');
  await expect(who).toHaveAccessibleDescription(/Choose someone from the staff list/);
  await expect(who).toBeFocused();
  // Picking Sam fills in the start date from the staff list; it stays editable.
  await who.selectOption({ label: 'Sam Patel (Residential support worker)' });
  const started = form.getByLabel('Date they started work in a care role in a children’s home');
  await expect(started).toHaveValue('02/09/2023');
  await expect(started).toHaveAccessibleDescription(
    /In any children’s home, not only this one\. .*Change it if they started earlier in another children’s home/,
  );
  await started.fill('01/09/2024');
  await form.getByRole('button', { name: 'Add deadline' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Level 3 deadline added for Sam Patel.' }),
  ).toBeVisible();
  const deadlines = page.getByRole('region', { name: 'Qualification deadlines' });
  // The deadline passed before the home was added: in its first quarter, asked for, not raised as late.
  await expect(deadlines.getByRole('listitem')).toHaveText(
    /Sam Patel: Level 3, started 1 September 2024, deadline 1 September 2026 Not known yet: record it achieved or deferred/,
  );
  // A typed date wins over a later pick; a pick fills an empty date again.
  await who.selectOption({ label: 'Jo 🌟 <b>Reid</b> (Deputy manager)' });
  await expect(started).toHaveValue('01/06/2026');

  // Appraisals: one row per person, due a year after they started until one is recorded. In the
  // home's first quarter, a date before it was added is asked for, not raised as late (issue 24).
  const appraisals = page.getByRole('region', { name: 'Staff appraisals' });
  await expect(appraisals.getByRole('row')).toHaveCount(3);
  const sam = appraisals.getByRole('row', { name: /Sam Patel/ });
  await expect(sam).toContainText('None recorded');
  await expect(sam).toContainText('Not known yet: record their last appraisal');
  await expect(sam).not.toContainText('Late');
  await sam.getByRole('button', { name: 'Record appraisal for Sam Patel' }).click();
  const appraisalForm = page.getByRole('form', { name: 'Appraisal of Sam Patel' });
  const appraisal = appraisalForm.getByLabel('Date of their latest appraisal');
  await expect(appraisal).toBeFocused();
  await appraisal.fill('21/11/2026');
  await appraisal.press('Enter');
  await expect(appraisal).toHaveAccessibleDescription(/Enter a date that is today or earlier/);
  await appraisal.fill('30/11/2025');
  await appraisal.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Sam Patel’s appraisal.' })).toBeVisible();
  await expect(sam).toContainText('30 November 2025');
  await expect(sam).toContainText('Due within 30 days 30 November 2026');
  await expect(sam.getByRole('button', { name: 'Record appraisal for Sam Patel' })).toBeFocused();
  await expect(main).not.toContainText('Record dates for Staff appraisals');
  await checkAtBothWidths(page, 'Dates that must not slip', 'staffpick-calendar');

  await goTo(page, 'Dashboard');
  const alerts = page.getByRole('region', { name: /^Alerts/ });
  await expect(alerts).toContainText('Record whether a Level 3 or Level 5 deadline was met');
  await expect(alerts).not.toContainText('Late: Sam Patel: Level 3');

  // Sam leaves: the late deadline reads as such, not late for ever, and Sam is no longer offered.
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Change details: Sam Patel' }).click();
  const change = page.getByRole('form', { name: 'Change details: Sam Patel' });
  await change.getByLabel('Do they still work here?').selectOption('left');
  await change.getByLabel('Date they left (optional)').fill('15/11/2026');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /Sam Patel/ })).toContainText('Left on 15 November 2026');
  await goTo(page, 'Inspections', 'Dates that must not slip');
  await expect(deadlines.getByRole('listitem')).toContainText(
    'deadline 1 September 2026 Left the home Left on 15 November 2026, so no longer counted as due.',
  );
  await expect(deadlines).not.toContainText('Late');
  await expect(appraisals.getByRole('row')).toHaveCount(2);
  await expect(appraisals).not.toContainText('Sam Patel');
  await expect(form.getByLabel('Member of staff').locator('option')).toHaveText([
    'Choose someone',
    'Jo 🌟 <b>Reid</b> (Deputy manager)',
  ]);
  // The dashboard raises no alert for the leaver's deadline.
  await goTo(page, 'Dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Alerts/ })).toBeVisible();
  await expect(main).not.toContainText('Sam Patel: Level 3');
  await checkAtBothWidths(page, 'Dashboard', 'staffpick-dashboard');
  await goTo(page, 'Inspections', 'Dates that must not slip');
  await checkAtBothWidths(page, 'Dates that must not slip after a leaver', 'staffpick-calendar-left');
});

test('a deadline typed before the staff list keeps its name, and can be tied to the person on the list', async ({
  page,
  app,
}) => {
  app.setClock('2026-11-20T10:00:00Z');
  await setUpHome(page, app.url, { name: 'Elm House' });
  await goTo(page, 'Team');
  await addStaff(page, 'Alex Smith', 'Residential support worker', '01/02/2025');
  // As saved by an earlier version of Hallmarks, when the name was typed.
  const db = openDataFile(app.dbFile);
  db.prepare(
    `INSERT INTO staff_qualifications (home_id, person, level, started_on)
     SELECT id, 'A. Smith <i>typed</i>', 3, '2025-02-01' FROM homes WHERE name = 'Elm House'`,
  ).run();
  db.close();

  await goTo(page, 'Inspections', 'Dates that must not slip');
  const deadlines = page.getByRole('region', { name: 'Qualification deadlines' });
  const typed = deadlines.getByRole('listitem');
  await expect(typed).toContainText('A. Smith <i>typed</i>: Level 3, started 1 February 2025');
  await expect(typed).toContainText('Name typed before the staff list.');
  await typed
    .getByRole('button', { name: 'Choose them on the staff list for A. Smith <i>typed</i>' })
    .click();
  const form = page.getByRole('form', { name: 'Staff list entry for A. Smith <i>typed</i>' });
  await form.getByRole('button', { name: 'Save' }).click();
  const who = form.getByLabel('Who this is on the staff list');
  await expect(who).toHaveAccessibleDescription(/Choose someone from the staff list/);
  await checkAtBothWidths(page, 'Dates that must not slip, tying a typed name', 'staffpick-link');
  await who.selectOption({ label: 'Alex Smith (Residential support worker)' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'now follows Alex Smith on the staff list' }),
  ).toBeVisible();
  await expect(typed).toContainText('Alex Smith: Level 3, started 1 February 2025');
  await expect(typed).not.toContainText('typed before the staff list');
});

test('a deadline recorded wrongly can be changed or removed, from the keyboard', async ({ page, app }) => {
  test.setTimeout(120_000);
  app.setClock('2026-11-20T10:00:00Z');
  await setUpHome(page, app.url, { name: 'Ash House' });
  await goTo(page, 'Team');
  await addStaff(page, 'Sam Patel', 'Residential support worker', '02/09/2023');
  await addStaff(page, 'Kim Lee', 'Deputy manager', '01/03/2025');
  await goTo(page, 'Inspections', 'Dates that must not slip');
  const form = page.getByRole('form', { name: 'Add a qualification deadline' });
  await form.getByLabel('Member of staff').selectOption({ label: 'Sam Patel (Residential support worker)' });
  await form.getByLabel('Date they started work in a care role in a children’s home').fill('01/09/2024');
  await form.getByRole('button', { name: 'Add deadline' }).click();
  const deadlines = page.getByRole('region', { name: 'Qualification deadlines' });
  const item = deadlines.getByRole('listitem');
  await expect(item).toContainText(
    'Sam Patel: Level 3, started 1 September 2024, deadline 1 September 2026 Not known yet: record it achieved or deferred',
  );

  // The start date was wrong: Change, from the keyboard, after "Record it achieved".
  await deadlines.getByRole('button', { name: 'Record it achieved for Sam Patel' }).focus();
  await page.keyboard.press('Tab');
  const changeButton = deadlines.getByRole('button', { name: 'Change Sam Patel’s Level 3 deadline' });
  await expect(changeButton).toBeFocused();
  await page.keyboard.press('Enter');
  const change = page.getByRole('form', { name: 'Change Sam Patel’s Level 3 deadline' });
  await expect(change.getByRole('heading', { name: 'Change Sam Patel’s Level 3 deadline' })).toBeFocused();
  const started = change.getByLabel('Date they started work in a care role in a children’s home');
  await expect(started).toHaveValue('01/09/2024');
  await started.fill('01/09/2025');
  await started.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Changed: Sam Patel’s Level 3 deadline is now 1 September 2027.' }),
  ).toBeVisible();
  await expect(item).toContainText(
    'Sam Patel: Level 3, started 1 September 2025, deadline 1 September 2027 In date',
  );
  await expect(change).toBeHidden();

  // A deferred date is recorded with its reason, and the deadline follows it.
  await changeButton.click();
  await change.getByLabel('Deferred to (optional)').fill('01/03/2028');
  await change.getByLabel('Why it was deferred').fill('Six months of sick leave');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(item).toContainText(
    'deadline 1 March 2028 (deferred from 1 September 2027: Six months of sick leave)',
  );

  // The server refuses someone who left after the form was opened, beside the field, and keeps the form.
  await changeButton.click();
  await change.getByLabel('Member of staff').selectOption({ label: 'Kim Lee (Deputy manager)' });
  await change.getByRole('radio', { name: 'Level 5' }).check();
  const db = openDataFile(app.dbFile);
  db.prepare(`UPDATE staff SET status = 'left', left_on = '2026-11-19' WHERE name = 'Kim Lee'`).run();
  db.close();
  await change.getByRole('button', { name: 'Save changes' }).click();
  const who = change.getByLabel('Member of staff');
  await expect(who).toHaveAccessibleDescription(/Choose someone who still works here/);
  await expect(who).toBeFocused();
  await expect(change.getByRole('radio', { name: 'Level 5' })).toBeChecked();
  await checkAtBothWidths(page, 'Changing a qualification deadline', 'qualification-change');
  await change.getByRole('button', { name: 'Cancel' }).click();
  await expect(change).toBeHidden();
  await expect(changeButton).toBeFocused();
  await expect(item).toContainText('Sam Patel: Level 3, started 1 September 2025');

  // Achieved, then found to be a mistake: Remove says what goes, and "No" keeps it.
  await deadlines.getByRole('button', { name: 'Record it achieved for Sam Patel' }).click();
  const achieved = page.getByRole('form', { name: 'Level 3 achieved by Sam Patel' });
  await achieved.getByLabel('Date it was achieved').fill('01/10/2026');
  await achieved.getByLabel('Date it was achieved').press('Enter');
  await expect(item).toContainText('Achieved 1 October 2026.');
  await deadlines.getByRole('button', { name: 'Remove Sam Patel’s Level 3 deadline' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('group', { name: 'Remove this deadline?' });
  await expect(confirm.getByRole('heading', { name: 'Remove this deadline?' })).toBeFocused();
  await expect(confirm).toContainText(
    'Sam Patel’s Level 3 deadline (started in the role 1 September 2025, deadline 1 March 2028, achieved 1 October 2026) will be taken off the calendar',
  );
  await checkAtBothWidths(page, 'Removing a qualification deadline', 'qualification-remove');
  await confirm.getByRole('button', { name: 'No, keep it' }).click();
  await expect(confirm).toBeHidden();
  const removeButton = deadlines.getByRole('button', { name: 'Remove Sam Patel’s Level 3 deadline' });
  await expect(removeButton).toBeFocused();
  await expect(item).toContainText('Sam Patel: Level 3');
  await removeButton.click();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Removed Sam Patel’s Level 3 deadline.' }),
  ).toBeVisible();
  await expect(deadlines).toContainText('No one added yet.');
});
