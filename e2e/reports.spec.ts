import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { REPORTS, type ReportKey } from '../contract/reports';
import { A4_VIEWPORT, renderReportPdf } from '../shell-shared/print/render-report';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { firstPagePng, pdfPages, pdfTagged, pdfText, runReportCli } from './report-files';

const latest = addQuarters(quarterOf(new Date()), -1);
const period = quarterLabel(latest);

/**
 * What each report's PDF must say (and must not), and how many pages it may have, for the sample home's
 * latest quarter.
 */
const EXPECTED: Record<
  ReportKey,
  { text: (string | RegExp)[]; absent?: (string | RegExp)[]; pages: (n: number) => boolean }
> = {
  'quarterly-review': {
    text: [
      `Quarterly review: ${period}`,
      'Judgements and their movement',
      'The three SCCIF judgements',
      /How well children\s+and young people are\s+helped and protected/,
      'Domain judgements',
      'Domain 1: Leadership, vision and visibility',
      'Evidence note',
      'Strengths and areas to improve',
      'Actions from this review',
      'Outstanding',
      'Sustained',
      'Priya Shah',
    ],
    // A version 2 review's overall is its overall experiences and progress judgement: printed once.
    absent: ['Overall judgement'],
    pages: (n) => n >= 2 && n <= 12,
  },
  'staff-room': {
    text: [
      `How we are doing: ${period}`,
      'How the home is doing',
      // The summary written for the wall, never the review's strengths and areas to improve.
      'Return-home interviews are now requested the same day.',
      'Overall',
      'Who is doing what',
      'Sam Reid',
    ],
    // Nothing on the wall calls a colleague overdue, not even an action's own title.
    absent: [/J['’]s move/, 'What we do well', /overdue/i],
    pages: (n) => n === 1,
  },
  'rating-sheets': {
    text: [
      '1. Leadership, vision and visibility',
      '8. Keeping children safe, consistency and quality',
      "Don't know",
    ],
    pages: (n) => n === 8,
  },
  'inspection-pack': {
    text: [
      'Inspection pack',
      'Judgements over time',
      /How well children\s+and\s+young\s+people\s+are helped\s+and protected/,
      /not recorded \(made before\s+version 2\)/,
      'Streaks and stability',
      'Figures over time',
      'Staff turnover',
      /\d+ in 8 reviews/,
      'Actions',
      'Open and in progress, soonest due first',
      'Regulation 44 visits and recommendations',
      'Alex Morgan (independent person)',
      // The sample's visits start within the pack's two years: the months before are said to be unchecked.
      /Months before \w+ \d{4} are not checked for a missing visit/,
      'Regulation 45 reviews',
      'Ofsted inspections',
      /Requirement \(Regulation 12/,
      /Calibration: the home's review of/,
    ],
    pages: (n) => n >= 2,
  },
  'action-plan': {
    text: [
      'Action plan',
      'Open and in progress',
      'Done',
      'Audit Regulation 35 records',
      'Ofsted requirement',
      /Open on \d+ \w+ \d{4} by/,
    ],
    pages: (n) => n >= 1 && n <= 12,
  },
  'reg45-draft': {
    text: [
      'Regulation 45 review of the quality of care',
      'DRAFT',
      'Draft: not signed off',
      'Judgements and their movement',
      /Regulation 12: The protection of children\s+standard/,
      'The views of children, parents, placing authorities and staff',
      'Young people’s written comments are not printed',
      'Social worker: Updates after incidents arrive the same day.',
      'You said, we did',
      'Regulation 44 visits and recommendations',
      'Progress on earlier actions',
      'The action plan',
      'Responsible individual',
      // Reg 44's independent person, not an "independent visitor" (a different role for children in care).
      'Reg 44 independent person',
    ],
    // The advocacy indicator names a child's independent visitor, rightly; the Reg 44 visitor is never one.
    absent: ['Overall judgement', /(Reg(ulation)? 44|monthly) independent visitor/i],
    pages: (n) => n >= 2 && n <= 20,
  },
  'team-meeting': {
    // The sample home's latest quarter had its team meeting: the minutes print. No action was overdue on
    // the meeting's day, and minutes list the overdue actions as they stood then (reports-meetings.spec).
    text: [
      'Team meeting minutes',
      /Meeting held \d{1,2} \w+ \d{4}/,
      'Who attended Priya Shah, Amira Hussain',
      'Agreed rating: Outstanding.',
      'Why it is on the agenda: Rating agreed by the team on',
      'Actions added in the meeting',
    ],
    pages: (n) => n >= 1 && n <= 12,
  },
};

test('every report prints as a tagged A4 PDF with its headings, judgements and figures, and reads well on screen', async ({
  page,
  sampleHome,
}, testInfo) => {
  test.setTimeout(120_000);
  // Reads and prints only: the sample home this worker shares.
  await page.goto(sampleHome.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByLabel('Quarter', { exact: true })).toHaveValue(latest);
  await expectNoSeriousViolations(page, 'the Reports page');

  const folder = testInfo.outputPath('pdf');
  mkdirSync(folder, { recursive: true });
  for (const report of Object.keys(EXPECTED) as ReportKey[]) {
    // On screen: the print view, without the app's navigation, passes axe.
    await page.getByRole('link', { name: `${REPORTS[report].title} for ${period}` }).click();
    await expect(page.locator('main[data-report-ready="true"]')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expectNoSeriousViolations(page, `the ${REPORTS[report].title} print view`);

    // On paper: the same view, printed by the code `npm run report` runs (its command line is tested below).
    const file = path.join(folder, `${report}.pdf`);
    await page.setViewportSize(A4_VIEWPORT);
    writeFileSync(file, await renderReportPdf(page, page.url()));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: 'Back to reports' }).click();
    const text = pdfText(file);
    // Words wrap differently as columns change width: compare with line breaks read as spaces.
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of EXPECTED[report].text) expect(flat, `${report}: ${expected}`).toMatch(expected);
    for (const absent of EXPECTED[report].absent ?? []) {
      expect(flat, `${report} must not say ${absent}`).not.toMatch(absent);
    }
    // The running header and footer, on every page.
    const pages = pdfPages(file);
    expect(EXPECTED[report].pages(pages), `${report} has ${pages} pages`).toBe(true);
    expect(text.match(/Page \d+ of \d+/g)).toHaveLength(pages);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Rowan House (sample)');
    expect(text).toContain("Confidential: children's information · Printed");
    expect(pdfTagged(file)).toBe(true);
    await testInfo.attach(`${report} page 1`, { path: firstPagePng(file), contentType: 'image/png' });
  }
});

test('npm run report says what is wrong and leaves no file when it cannot print', async ({
  app,
}, testInfo) => {
  const out = testInfo.outputPath('none.pdf');
  const help = runReportCli(['--help']);
  expect(help.code).toBe(0);
  expect(help.output).toContain('--report NAME');
  const wrong = runReportCli([
    '--db',
    app.dbFile,
    '--home',
    '1',
    '--report',
    'minutes',
    '--period',
    latest,
    '--out',
    out,
  ]);
  expect(wrong.code).toBe(2);
  expect(wrong.output).toContain(
    '--report must be one of quarterly-review, staff-room, rating-sheets, inspection-pack, action-plan, reg45-draft, team-meeting',
  );
  // No such home in this data: the print view's own message, and no PDF.
  const nothing = runReportCli([
    '--db',
    app.dbFile,
    '--home',
    '1',
    '--report',
    'quarterly-review',
    '--period',
    latest,
    '--out',
    out,
  ]);
  expect(nothing.code).toBe(1);
  expect(nothing.output).toMatch(/the report was not saved/);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(path.dirname(out)).filter((f) => f.includes('partial'))).toEqual([]);
});
