import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { expect, test } from './fixtures';
import { callApp } from './review-helpers';
import { setUpHome } from './set-up-home';

test("the manager enters the figures an inspection asks for and is told the children do not follow on from last quarter's", async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', places: '4' });
  const quarter = addQuarters(quarterOf(new Date()), -1);
  const before = addQuarters(quarter, -1);
  const homeId = (await callApp(request, app, 'homes.list', {}))[0]!.id;
  await callApp(request, app, 'metrics.save', { homeId, quarter: before, values: { childrenAtEnd: 4 } });

  await page.goto(`${app.url.split('?')[0]}#/figures/${quarter}`);
  await expect(page.getByRole('heading', { name: `Figures for ${quarterLabel(quarter)}` })).toBeVisible();
  const complaints = page.getByLabel('Complaints received');
  const inTime = page.getByLabel(
    'Of those received, complaints resolved within the timescale in your complaints procedure',
  );
  await page.getByLabel('Times the police were called to the home').fill('2');
  await page.getByLabel('Searches of a child, their room or their belongings').fill('1');
  await page.getByLabel('Children whose dental check is in date at the end of the quarter').fill('3');
  await complaints.fill('2');
  await inTime.fill('3');
  const save = page.getByRole('button', { name: `Save figures for ${quarterLabel(quarter)}` });
  await save.click();
  await expect(inTime).toHaveAccessibleDescription(
    'Error: Complaints resolved in time must be 2 or fewer, the complaints received',
  );

  await inTime.fill('1');
  const start = page.getByLabel('Children living in the home at the start of the quarter');
  await start.fill('3');
  await save.click();
  const message = `${quarterLabel(before)} ended with 4 children, but this quarter starts with 3. Check the figures, or save anyway`;
  await expect(page.locator('.warning-summary')).toContainText(message);
  await expect(start).toHaveAccessibleDescription(`Warning: ${message}`);
  expect(await callApp(request, app, 'metrics.get', { homeId, quarter })).toBeNull();

  await page.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText(
    `Saved. The figures for ${quarterLabel(quarter)} are stored.`,
  );
  const stored = await callApp(request, app, 'metrics.get', { homeId, quarter });
  expect(stored!.values).toMatchObject({
    policeCallouts: 2,
    searches: 1,
    dentalChecksInDate: 3,
    complaints: 2,
    complaintsResolvedInTime: 1,
    childrenAtStart: 3,
  });
});
