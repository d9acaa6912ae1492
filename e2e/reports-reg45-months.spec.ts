import { addDays, quarterOfIso } from '../contract/rules/dates';
import { monthsWords } from '../contract/rules/reg45-period-quarters';
import { expect, test } from './fixtures';
import { callApp, openSampleHome } from './review-helpers';
import { expectNoSeriousViolations } from './axe';

test('a home whose Reg 45 cycle is not whole quarters writes and prints the draft for its own months', async ({
  page,
  app,
  request,
}) => {
  const homeId = await openSampleHome(page, app, request);
  // The sample's latest recorded period is two whole quarters: it ends a month earlier instead (starting
  // later would leave a gap after the one before, which the app refuses).
  const records = await callApp(request, app, 'reg45.records', { homeId });
  const latest = [...records].sort((a, b) => (a.periodEnd ?? '').localeCompare(b.periodEnd ?? '')).at(-1)!;
  const periodEnd = addDays(`${latest.periodEnd!.slice(0, 7)}-01`, -1);
  await callApp(request, app, 'reg45.save', {
    homeId,
    id: latest.id,
    periodStart: latest.periodStart,
    periodEnd,
    completedOn: latest.completedOn,
    sentToOfstedOn: latest.sentToOfstedOn,
    placingAuthorities: latest.placingAuthorities,
    placingAuthoritiesSentOn: latest.placingAuthoritiesSentOn,
  });
  const months = { firstMonth: latest.periodStart!.slice(0, 7), lastMonth: periodEnd.slice(0, 7) };
  const quarter = quarterOfIso(periodEnd);
  const words = monthsWords(months.firstMonth, months.lastMonth);

  // Words written for the two quarters before the draft followed the home's cycle are shown, not hidden.
  const before = 'Written for the two quarters, before the draft followed our cycle.';
  await callApp(request, app, 'reg45Draft.save', { homeId, quarter, analysis: before, standards: {} });

  await page.goto(`${app.url}#/reports/reg45/${quarter}`);
  await expect(page.getByText(`${words}: from`)).toBeVisible();
  await expectNoSeriousViolations(page, 'the Reg 45 analysis for a period of months');
  await page.getByRole('button', { name: 'Copy those words into this draft' }).click();
  await expect(page.getByLabel('Your analysis of the quality of care')).toHaveValue(before);
  await expect(page.getByText('This draft has words of its own, so they are not copied in.')).toBeVisible();
  const analysis = 'Our analysis of these five months.';
  await page.getByLabel('Your analysis of the quality of care').fill(analysis);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  expect((await callApp(request, app, 'reg45Draft.get', { homeId, quarter, ...months })).analysis).toBe(
    analysis,
  );

  await page.getByRole('link', { name: 'Reg 45 review draft', exact: true }).click();
  await expect(page).toHaveURL(
    new RegExp(`/print/reg45-draft/${homeId}/${months.firstMonth}\\.\\.${months.lastMonth}$`),
  );
  await expect(page.locator('main[data-report-ready="true"]')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText(words);
  await expect(main).toContainText(analysis);
  // The period's last quarter is in it only in part, and the print says so beside its judgements.
  await expect(main).toContainText('only fall in this period; its judgements are for the whole quarter');
  await expectNoSeriousViolations(page, 'the Reg 45 draft for a period of months');

  // The Reports list prints the same draft, with the words written for these months.
  await page.goto(`${app.url}#/reports`);
  await page.getByLabel('Quarter').selectOption(quarter);
  await page.getByRole('link', { name: `Reg 45 review draft for ${words}` }).click();
  await expect(page).toHaveURL(
    new RegExp(`/print/reg45-draft/${homeId}/${months.firstMonth}\\.\\.${months.lastMonth}$`),
  );
  await expect(page.getByRole('main')).toContainText(analysis);
});
