import { expect, test } from './fixtures';
import { answerReview, callApp, openScreen, tabTo } from './review-helpers';
import { setUpHome } from './set-up-home';

test('keyboard only: a Reg 44 visit with two recommendations, both made actions; a month without a visit raises the alert', async ({
  page,
  app,
}) => {
  // Twelve screens with axe, or a form filled key by key: longer than the default on a shared machine.
  test.setTimeout(180_000);
  // The home is set up in January (its first month counts), and the visits are recorded in March.
  app.setClock('2027-01-05T10:00:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  app.setClock('2027-03-15T10:00:00Z');
  await openScreen(page, app, '#/inspections/reg44');
  await expect(page.getByRole('heading', { level: 1, name: 'Reg 44 visits' })).toBeVisible();

  async function visit(date: string) {
    await tabTo(page, page.getByLabel('Date of the visit'));
    await page.keyboard.type(date);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Alex Morgan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20/02/2027');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Visit recorded.' })).toBeVisible();
  }
  await visit('12/02/2027');

  const card = page.getByRole('article', { name: 'Visit on 12 February 2027' });
  for (const [text, by] of [
    ['Share the missing-from-care protocol with new staff in their first week.', '12/03/2027'],
    ['Personalise the spare bedroom with the next child who moves in.', ''],
  ]) {
    const field = card.getByLabel('Recommendation', { exact: true });
    if (!(await field.isVisible())) {
      await tabTo(page, card.getByRole('button', { name: /^Add a recommendation/ }));
      await page.keyboard.press('Enter');
      await tabTo(page, field);
    }
    // After a save the field is focused again, ready for the next one.
    await expect(field).toBeFocused();
    await page.keyboard.type(text!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(by!);
    await tabTo(page, card.getByRole('button', { name: 'Save recommendation' }));
    await page.keyboard.press('Enter');
    await expect(card.getByText(text!)).toBeVisible();
  }
  for (const n of [1, 2]) {
    const make = card.getByRole('button', { name: new RegExp(`^Make this an action: recommendation ${n} `) });
    await tabTo(page, make);
    await page.keyboard.press('Enter');
    // The form opens in place with the recommendation's words and timescale, and asks who owns it.
    const form = card.getByRole('form', { name: new RegExp(`^New action: recommendation ${n} `) });
    await expect(form.getByLabel('What is to be done')).toHaveValue(new RegExp(`.+`));
    await form.getByLabel(/^Owner/).fill('Sam Deputy');
    await tabTo(page, form.getByRole('button', { name: 'Save action' }));
    await page.keyboard.press('Enter');
    await expect(make).toHaveCount(0);
  }
  await expect(card.getByText('On the action plan')).toHaveCount(2);

  // The visit's quarter counts one visit, no answers yet; January and earlier months had no visit. Only
  // the recommendation already past its timescale counts in the figure; the other is not yet due.
  await expect(page.getByRole('table')).toContainText('Jan to Mar 2027');
  await expect(page.getByRole('table')).toContainText('0 of 1 (0%); 1 not yet due');
  await expect(page.getByRole('main')).toContainText(/No visit recorded for: January 2027/);

  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' });
  await tabTo(page, nav, { back: true, max: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
  const list = page.locator('.action-list');
  await expect(list.getByRole('article')).toHaveCount(2);
  await expect(list).toContainText('Due12 March 2027');
  await expect(list.getByText('Reg 44 recommendation')).toHaveCount(2);

  await openScreen(page, app, '#/');
  await expect(page.getByRole('region', { name: /^Alerts/ })).toContainText(
    'No Reg 44 visit recorded for January 2027',
  );
});

test('a full inspection’s requirement becomes an action with its compliance date, and the calibration panel compares judgements', async ({
  page,
  app,
  request,
}) => {
  app.setClock('2026-10-20T10:00:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const homeId = (await callApp(request, app, 'app.info', {})).currentHomeId!;
  const review = await callApp(request, app, 'reviews.start', { homeId, quarter: '2026-Q3' });
  await answerReview(request, app, review.id);
  await callApp(request, app, 'reviews.complete', {
    reviewId: review.id,
    signedByName: 'Jo Turner',
    signedByRole: 'Registered manager',
    signedOn: '2026-10-05',
  });

  await openScreen(page, app, '#/inspections/ofsted');
  await page.getByLabel('Date of the inspection').fill('14/10/2026');
  await page.getByLabel('Type').selectOption('full');
  await page.getByLabel('Overall experiences and progress of children and young people').selectOption('2');
  await page.getByLabel('How well children and young people are helped and protected').selectOption('3');
  await page.getByLabel('The effectiveness of leaders and managers').selectOption('2');
  await page.getByLabel('Web address of the published report (optional)').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save inspection' }).click();
  await expect(page.getByLabel('Web address of the published report (optional)')).toHaveAccessibleDescription(
    /starting https:\/\//,
  );
  await page
    .getByLabel('Web address of the published report (optional)')
    .fill('https://reports.ofsted.gov.uk/provider/2/SC123456');
  await page.getByRole('button', { name: 'Save inspection' }).click();
  const card = page.getByRole('article', { name: 'Full inspection, 14 October 2026' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: /Read the published report/ })).toHaveAttribute(
    'href',
    'https://reports.ofsted.gov.uk/provider/2/SC123456',
  );

  await card.getByRole('button', { name: /^Add a requirement or recommendation/ }).click();
  await card.getByLabel('Regulation').fill('Regulation 12 (2)(a)(i)');
  await card
    .getByLabel('What the report says')
    .fill('Update risk assessments after every missing-from-care episode.');
  await card.getByLabel('Compliance date').fill('30/11/2026');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await card.getByRole('button', { name: /^Make this an action: requirement 1 / }).click();
  const made = card.getByRole('form', { name: /^New action: requirement 1 / });
  await expect(made.getByLabel('Due date')).toHaveValue('30/11/2026');
  await made.getByLabel(/^Owner/).fill('Sam Deputy');
  await made.getByRole('button', { name: 'Save action' }).click();
  await expect(card.getByText('On the action plan')).toBeVisible();

  const calibration = card.getByRole('region', { name: 'Your judgements beside Ofsted’s' });
  await expect(calibration).toContainText('From your review of Jul to Sep 2026');
  const row = calibration.getByRole('row', { name: /Overall experiences and progress/ });
  await expect(row).toContainText('Good');
  await expect(row).toContainText('Requires improvement to be good');
  await expect(row).toContainText('You rated higher');
  // A version 2 review records all three judgements, so all three are compared.
  const protection = calibration.getByRole('row', { name: /helped and protected/ });
  await expect(protection).toContainText('Agreed');
  const overTime = page.getByRole('region', { name: 'How your judgements compared over time' });
  await expect(overTime).toContainText('Of 3 judgements compared, you agreed with inspectors once.');
  await expect(overTime).toContainText('You rated yourselves higher than inspectors found twice.');

  await openScreen(page, app, '#/actions');
  const action = page.getByRole('article', {
    name: 'Update risk assessments after every missing-from-care episode.',
  });
  await expect(action).toContainText('Due30 November 2026');
  await expect(action).toContainText('Ofsted requirement');
});
