import type { Page } from '@playwright/test';
import { openDataFile } from './data-file';
import { todayIso } from '../contract/rules/dates';
import { ratingLabel } from '../contract/rules/judgements';
import { addQuarters, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { QUALITY_STANDARDS, reg45Period } from '../contract/reg45-draft';
import type { Rating } from '../contract/framework';
import { expect, test } from './fixtures';
import { downloadCsv, openSampleSpreadsheets } from './csv-download';
import { signOffReg45Draft } from './reg45-sign-off';

const latest = addQuarters(quarterOf(new Date()), -1);
// Formula-looking, HTML-looking, with an emoji and a line break: the file must give it back as typed.
const ANALYSIS = '=SUM(A1) Children told us they feel safe <b>and listened to</b> 🙂\nMissing episodes fell.';
const STANDARD = '+Regulation 7: the children’s meeting now sets the menu, "every week".';

/** A file from the Reports page, one object per row: { heading: cell as typed }. */
async function download(page: Page, noun: string): Promise<Record<string, string>[]> {
  const file = await downloadCsv(page, noun);
  return file.rows.map((row) =>
    Object.fromEntries(file.header.map((heading) => [heading, file.cell(row, heading)])),
  );
}

const sorted = (keys: string[]) => [...keys].sort();
const blank = (value: string | number | null | undefined) => (value == null ? '' : String(value));

test('the inspection records download as CSV files holding what the database holds', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await openSampleSpreadsheets(page, app);
  const db = openDataFile(app.dbFile, { readonly: true });
  db.pragma('busy_timeout = 5000');
  const { id: homeId } = db.prepare("SELECT id FROM homes WHERE name = 'Rowan House (sample)'").get() as {
    id: number;
  };
  const reports = () =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();

  // The sample home has no Reg 45 analysis written: write and sign one, as the registered person would.
  await page
    .getByRole('link', {
      name: `Write your analysis and sign off the Reg 45 review ending ${quarterLabel(latest)}`,
    })
    .click();
  await page.getByLabel('Your analysis of the quality of care').fill(ANALYSIS);
  await page.getByLabel(/^Regulation 7: /).fill(STANDARD);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await signOffReg45Draft(page);
  await expect(page.getByText(/^Signed off by Alex Morgan on /)).toBeVisible();
  await reports();
  await expect(page.getByRole('heading', { level: 3, name: 'Inspection records' })).toBeVisible();

  const actionTitle = (id: string | number | null | undefined) =>
    id == null ? null : (db.prepare('SELECT title FROM actions WHERE id = ?').pluck().get(id) as string);

  // Reg 44: one row per recommendation, and one for each visit with none.
  const visits = db
    .prepare(
      `SELECT v.visited_on, r.text, r.respond_by, r.responded_on,
         (SELECT min(a.id) FROM actions a WHERE a.reg44_recommendation_id = r.id) AS action_id
       FROM reg44_visits v LEFT JOIN reg44_recommendations r ON r.visit_id = v.id WHERE v.home_id = ?`,
    )
    .all(homeId) as Record<string, string | null>[];
  // The sample has a visit with no recommendation, and a recommendation made into an action.
  expect(visits.some((v) => v.text === null)).toBe(true);
  expect(visits.some((v) => v.action_id !== null)).toBe(true);
  const reg44 = await download(page, 'Reg 44 visits');
  expect(reg44).toHaveLength(visits.length);
  expect(
    sorted(
      reg44.map((r) =>
        [r['Visit date'], r.Recommendation, r['Respond by'], r['Responded on'], r.Action].join('|'),
      ),
    ),
  ).toEqual(
    sorted(
      visits.map((v) =>
        [v.visited_on, v.text, v.respond_by, v.responded_on, actionTitle(v.action_id)].map(blank).join('|'),
      ),
    ),
  );
  for (const row of reg44) {
    expect(row['Independent person']).toBe('Alex Morgan (independent person)');
    if (row.Recommendation === '') expect(row['Response status']).toBe('');
    else expect(row['Response status']).toBe(row['Responded on'] ? 'Responded' : 'No response recorded');
  }

  // Ofsted: one row per requirement or recommendation, judgements in words.
  const items = db
    .prepare(
      `SELECT o.inspected_on, o.experiences_and_progress AS ep, o.helped_and_protected AS hp, o.leaders_and_managers AS lm,
         i.kind, i.text, i.comply_by, (SELECT min(a.id) FROM actions a WHERE a.ofsted_item_id = i.id) AS action_id
       FROM ofsted_inspections o LEFT JOIN ofsted_items i ON i.inspection_id = o.id
       WHERE o.home_id = ?`,
    )
    .all(homeId) as Record<string, string | number | null>[];
  expect(items.some((i) => i.action_id !== null)).toBe(true);
  const ofsted = await download(page, 'Ofsted inspections');
  expect(ofsted).toHaveLength(items.length);
  const word = (grade: string | number | null | undefined) =>
    grade == null ? '' : ratingLabel(grade as Rating);
  const kind = (k: string | number | null | undefined) =>
    ({ requirement: 'Requirement', recommendation: 'Recommendation' })[String(k)] ?? '';
  expect(
    sorted(
      ofsted.map((r) =>
        [
          r['Inspection date'],
          r['Overall experiences and progress of children and young people'],
          r['How well children and young people are helped and protected'],
          r['The effectiveness of leaders and managers'],
          r['Requirement or recommendation'],
          r.Text,
          r['Comply by'],
          r.Action,
        ].join('|'),
      ),
    ),
  ).toEqual(
    sorted(
      items.map((i) =>
        [
          i.inspected_on,
          word(i.ep),
          word(i.hp),
          word(i.lm),
          kind(i.kind),
          blank(i.text),
          blank(i.comply_by),
          blank(actionTitle(i.action_id)),
        ].join('|'),
      ),
    ),
  );

  // Reg 45 reviews: one row each.
  const records = db
    .prepare(
      'SELECT period_start, period_end, completed_on, sent_to_ofsted_on FROM reg45_records WHERE home_id = ?',
    )
    .all(homeId) as Record<string, string | null>[];
  expect(records.length).toBeGreaterThan(0);
  const reg45 = await download(page, 'Reg 45 reviews');
  expect(
    sorted(
      reg45.map((r) =>
        [r['Period from'], r['Period to'], r['Completed on'], r['Sent to Ofsted on']].join('|'),
      ),
    ),
  ).toEqual(
    sorted(
      records.map((r) =>
        [r.period_start, r.period_end, r.completed_on, r.sent_to_ofsted_on].map(blank).join('|'),
      ),
    ),
  );

  // Reg 45 analysis: the words saved with the draft, exactly, with its period and sign-off.
  const draft = db
    .prepare(
      'SELECT analysis, standards, signed_by, signed_on, updated_at FROM reg45_drafts WHERE home_id = ?',
    )
    .get(homeId) as {
    analysis: string;
    standards: string;
    signed_by: string;
    signed_on: string;
    updated_at: string;
  };
  expect(draft.analysis).toBe(ANALYSIS);
  const { start, end } = reg45Period(latest);
  const signed = {
    'Period from': start,
    'Period to': end,
    'Signed off by': draft.signed_by,
    'Signed off on': draft.signed_on,
    'Last saved on': todayIso(new Date(draft.updated_at)),
  };
  expect(await download(page, 'Reg 45 analysis')).toEqual([
    { ...signed, Part: 'Overall analysis', 'Registered person’s words': draft.analysis },
    {
      ...signed,
      Part: `Regulation 7: ${QUALITY_STANDARDS[7]}`,
      'Registered person’s words': (JSON.parse(draft.standards) as Record<string, string>)['7'],
    },
  ]);
  expect(signed['Signed off by']).toBe('Alex Morgan');
  db.close();
});
