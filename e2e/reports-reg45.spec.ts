import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { addDays } from '../contract/rules/dates';
import { reg45Period } from '../contract/reg45-draft';
import { A4_VIEWPORT, renderReportPdf } from '../shell-shared/print/render-report';
import { expect, test } from './fixtures';
import { firstPagePng, pdfPages, pdfText, runReportCli } from './report-files';
import { callApp, openSampleHome } from './review-helpers';
import { checkScreens } from './screen-checks';
import { expectNoSeriousViolations } from './axe';
import { keepPicture } from './pictures';
import { signOffReg45Draft } from './reg45-sign-off';

const latest = addQuarters(quarterOf(new Date()), -1);
const period = quarterLabel(latest);
// Long enough to run across pages, with HTML-looking text and an emoji that must print as typed.
const OPENING = 'Children told us they feel safe <b>and listened to</b> 🙂. Missing episodes fell.';
// Headless Chromium on CI has no emoji font (the emoji prints as a blank), so the PDF is checked around it.
const PRINTED_OPENING = 'Children told us they feel safe <b>and listened to</b>';
const ANALYSIS = `${OPENING}\n\n${'Night staff now know every child well, and handovers are calmer. '.repeat(180)}\nCLOSING-LINE: supervision is still behind.`;
const STANDARD = 'Regulation 7 comment: the children’s meeting now sets the menu.';

test('the registered person writes the Reg 45 analysis, it is saved with the draft and printed, and signing removes "Draft"', async ({
  page,
  app,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const homeId = await openSampleHome(page, app, request);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page
    .getByRole('link', { name: `Write your analysis and sign off the Reg 45 review ending ${period}` })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your analysis for the Reg 45 review' }),
  ).toBeVisible();
  const screenUrl = page.url();

  // Signing an empty analysis is refused, beside the field, which takes focus.
  const analysis = page.getByLabel('Your analysis of the quality of care');
  await page.getByLabel('Name of the registered person signing off').fill('Alex Morgan');
  await page.getByRole('button', { name: 'Sign off the review' }).click();
  await expect(page.getByText('Write your analysis of the quality of care before signing off')).toBeVisible();
  await expect(analysis).toBeFocused();
  expect((await callApp(request, app, 'reg45Draft.get', { homeId, quarter: latest })).signedBy).toBeNull();

  await analysis.fill(ANALYSIS);
  await page.getByLabel(/^Regulation 7: /).fill(STANDARD);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(analysis).toHaveValue(ANALYSIS);
  await expect(page.getByLabel(/^Regulation 7: /)).toHaveValue(STANDARD);
  await checkScreens(
    page,
    app.url,
    [[`#/reports/reg45/${latest}`, 'Your analysis for the Reg 45 review']],
    'reg45-analysis',
  );

  const folder = testInfo.outputPath('pdf');
  mkdirSync(folder, { recursive: true });
  const printed = async (name: string) => {
    await page.goto(screenUrl);
    await page.getByRole('link', { name: 'Reg 45 review draft' }).click();
    await expect(page.locator('main[data-report-ready="true"]')).toBeVisible();
    await page.setViewportSize(A4_VIEWPORT);
    const file = path.join(folder, `${name}.pdf`);
    writeFileSync(file, await renderReportPdf(page, page.url()));
    await page.setViewportSize({ width: 1280, height: 800 });
    await testInfo.attach(`${name} page 1`, { path: firstPagePng(file), contentType: 'image/png' });
    return { file, flat: pdfText(file).replace(/\s+/g, ' ') };
  };

  const draft = await printed('reg45-draft');
  expect(draft.flat).toContain('DRAFT');
  expect(draft.flat).toContain('Draft: not signed off');
  expect(draft.flat).toContain('The registered person’s analysis');
  expect(draft.flat).toContain(PRINTED_OPENING);
  expect(draft.flat).toContain('Missing episodes fell.');
  expect(draft.flat).toContain('CLOSING-LINE: supervision is still behind.');
  expect(draft.flat).toContain(`The registered person: ${STANDARD}`);

  await signOff(page, screenUrl);
  const signed = await printed('reg45-signed');
  expect(signed.flat).not.toMatch(/draft/i);
  expect(signed.flat).toContain('Signed off by Alex Morgan');
  expect(signed.flat).toContain('CLOSING-LINE: supervision is still behind.');
  expect(pdfPages(signed.file)).toBeGreaterThan(2);

  // npm run report prints the same signed review.
  const out = testInfo.outputPath('cli-reg45.pdf');
  const cli = runReportCli([
    '--db',
    app.dbFile,
    '--home',
    String(homeId),
    '--report',
    'reg45-draft',
    '--period',
    latest,
    '--out',
    out,
  ]);
  expect(cli.code, cli.output).toBe(0);
  const fromCli = pdfText(out).replace(/\s+/g, ' ');
  expect(fromCli).toContain(PRINTED_OPENING);
  expect(fromCli).toContain('Signed off by Alex Morgan');
  expect(fromCli).not.toMatch(/draft/i);

  // Withdrawing the sign-off warns, then makes it a draft again, with the words editable.
  await page.goto(screenUrl);
  await expect(page.getByText(/The words are locked while the review is signed off/)).toBeVisible();
  await expect(page.getByLabel('Your analysis of the quality of care')).toHaveCount(0);
  await page.getByRole('button', { name: 'Withdraw the sign-off' }).click();
  await expect(page.getByText(/Sign-off withdrawn\. This is a draft again/)).toBeVisible();
  await expect(page.getByLabel('Your analysis of the quality of care')).toHaveValue(ANALYSIS);
  expect(await callApp(request, app, 'reg45Draft.get', { homeId, quarter: latest })).toMatchObject({
    signedBy: null,
    analysis: ANALYSIS,
  });

  // A period two years back leaves a gap before the recorded Reg 45 periods: the screen says so before
  // signing, and signing off needs a reason, which is kept and shown with the sign-off.
  const old = addQuarters(latest, -8);
  await page.goto(screenUrl.replace(latest, old));
  await page.getByLabel('Your analysis of the quality of care').fill('An earlier period, written late.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const warning = page.getByRole('note', {
    name: 'This period does not follow on from the recorded Reg 45 periods',
  });
  await expect(warning).toContainText('This leaves a gap before the Reg 45 period recorded for');
  await page.getByLabel('Name of the registered person signing off').fill('Alex Morgan');
  await page.getByRole('button', { name: 'Sign off the review' }).click();
  const reason = page.getByLabel('Your reason for signing off this period');
  await expect(
    page
      .getByText('Give your reason for signing off this period, or correct the recorded period first')
      .first(),
  ).toBeVisible();
  await expect(reason).toBeFocused();
  await keepPicture(page, { path: '/tmp/reg45-period-out-of-step.png' });
  await expectNoSeriousViolations(page, 'Reg 45 sign-off with a period out of step');
  await reason.fill('Written for the records: the review was done on paper at the time.');
  await page.getByRole('button', { name: 'Sign off the review' }).click();
  // Today the latest period's record stays completed (its copies are recorded), and two reviews are
  // never completed on one day: the sign-off is refused, nothing is overwritten, and another date signs it.
  await expect(
    page.getByText('Another Reg 45 review is recorded as completed on that date.', { exact: false }),
  ).toBeVisible();
  expect((await callApp(request, app, 'reg45Draft.get', { homeId, quarter: old })).signedBy).toBeNull();
  const doneOnPaper = addDays(reg45Period(old).end, 14);
  await page.getByLabel('Date of sign-off').fill(doneOnPaper.split('-').reverse().join('/'));
  await page.getByRole('button', { name: 'Sign off the review' }).click();
  await expect(
    page.getByText(/because: Written for the records: the review was done on paper/),
  ).toBeVisible();
  expect(await callApp(request, app, 'reg45Draft.get', { homeId, quarter: old })).toMatchObject({
    signedBy: 'Alex Morgan',
    periodReason: 'Written for the records: the review was done on paper at the time.',
    signedOn: doneOnPaper,
  });
});

async function signOff(page: Page, screenUrl: string) {
  await page.goto(screenUrl);
  await signOffReg45Draft(page);
  await expect(page.getByText('Signed off. The printed review no longer says Draft.')).toBeVisible();
  await expect(page.getByText(/^Signed off by Alex Morgan on /)).toBeVisible();
}
