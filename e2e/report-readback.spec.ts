import { writeFileSync } from 'node:fs';
import { addQuarters, quarterDates, quarterOf } from '../contract/rules/quarters';
import { daysBetween, formatIsoDate, todayIso } from '../contract/rules/dates';
import type { ReportKey } from '../contract/reports';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../shell-shared/print/render-report';
import { frameworkByVersion } from '../db/framework';
import { INSPECTION_FIGURES } from '../renderer/src/reports/lib/inspectionFigures';
import { openDataFile } from './data-file';
import { expect, test } from './fixtures';
import { pdfRawText } from './report-files';

const latest = addQuarters(quarterOf(new Date()), -1);
/** Two of the sample's quarters, not all eight: the latest, and one a year before it (version 1 or 2). */
const QUARTERS = [latest, addQuarters(latest, -4)];

/**
 * A PDF's words in the order drawn, without the running header and footer; a word broken after its hyphen
 * ("return-" at a line's end, then "home") is joined, and hyphens are dropped on both sides of a comparison.
 */
const FURNITURE = /^(Rowan House \(sample\)|.* · .*|Confidential: .*|Page \d+ of \d+)$/;
const tokens = (text: string) => text.replace(/-\s+/g, '').replace(/-/g, '').split(/\s+/).filter(Boolean);
const body = (file: string) =>
  tokens(
    pdfRawText(file)
      .split('\n')
      .filter((line) => !FURNITURE.test(line.trim()))
      .join('\n'),
  );

/** Words a table's other cells may put between two of a cell's words (a cell crossing a page). */
const NEIGHBOURS = 20;

/**
 * Whether the stored text's words are in the PDF in order. A few words may come between two of them (a
 * cell that crosses a page has the next page's repeated header row in it), but never many.
 */
function inOrder(pdf: string[], stored: string[]): boolean {
  for (let start = pdf.indexOf(stored[0]!); start !== -1; start = pdf.indexOf(stored[0]!, start + 1)) {
    let at = start;
    let k = 1;
    for (; k < stored.length; k++) {
      const next = pdf.indexOf(stored[k]!, at + 1);
      if (next === -1 || next - at > NEIGHBOURS) break;
      at = next;
    }
    if (k === stored.length) return true;
  }
  return false;
}

type Row = Record<string, string | number | null>;

/** A figure's column in quarterly_metrics: "policeCallouts" is police_callouts. */
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Each report of the sample home, printed as the app prints it and read back with `pdftotext`, holds what
 * the database holds (the Reg 45 draft has its own read-back in report-print-quality.spec.ts). Every report
 * is read: the quarterly review, staff-room page and inspection pack for two quarters, and the action plan,
 * rating sheets and team meeting minutes once.
 */
test('each report of the sample home holds what the database holds', async ({
  page,
  sampleHome,
}, testInfo) => {
  test.setTimeout(150_000);
  await page.goto(sampleHome.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  await page.setViewportSize(A4_VIEWPORT);
  const print = async (report: ReportKey, quarter: string) => {
    const file = testInfo.outputPath(`${report}-${quarter}.pdf`);
    writeFileSync(
      file,
      await renderReportPdf(page, printViewUrl(page.url(), { report, homeId: 1, quarter })),
    );
    return body(file);
  };
  const db = openDataFile(sampleHome.dbFile, { readonly: true });
  // The sample's server runs on the real clock: the home's today, as the reports count from it.
  const today = todayIso(new Date());
  const all = (sql: string, ...params: (string | number)[]) => db.prepare(sql).all(...params) as Row[];
  const one = (sql: string, ...params: (string | number)[]) => db.prepare(sql).get(...params) as Row;
  const missing: string[] = [];
  const holds = (text: string[], what: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined || String(value).trim() === '') return;
    if (!inOrder(text, tokens(String(value)))) missing.push(`${what}: ${String(value).slice(0, 400)}`);
  };

  for (const quarter of QUARTERS) {
    const review = one(
      "SELECT * FROM reviews WHERE home_id = 1 AND quarter = ? AND status = 'completed'",
      quarter,
    );

    // The quarterly review: every evidence note, each domain's reason, the summary and the sign-off.
    const quarterly = await print('quarterly-review', quarter);
    for (const i of all('SELECT indicator_key, note FROM review_indicators WHERE review_id = ?', review.id!))
      holds(quarterly, `quarterly ${quarter} note ${i.indicator_key}`, i.note);
    for (const d of all('SELECT domain_key, rationale FROM review_domains WHERE review_id = ?', review.id!))
      holds(quarterly, `quarterly ${quarter} reason ${d.domain_key}`, d.rationale);
    for (const j of all('SELECT area, reason FROM review_judgements WHERE review_id = ?', review.id!))
      holds(quarterly, `quarterly ${quarter} ${j.area}`, j.reason);
    holds(quarterly, `quarterly ${quarter} strengths`, review.strengths);
    holds(quarterly, `quarterly ${quarter} improvements`, review.improvements);
    holds(quarterly, `quarterly ${quarter} signed by`, review.signed_by_name);
    // The figures version 3 added, as stored for the quarter, each with its whole where it is a part of one.
    const stored = one('SELECT * FROM quarterly_metrics WHERE home_id = 1 AND quarter = ?', quarter);
    const figure = (key: string) => stored[snake(key)] ?? null;
    const figureRow = (f: (typeof INSPECTION_FIGURES)[number]) => {
      const value = figure(f.key);
      if (value === null) return null;
      const whole = f.of ? figure(f.of) : null;
      return `${f.label} ${String(value)}${whole === null ? '' : ` of ${String(whole)}`}`;
    };
    for (const f of INSPECTION_FIGURES) holds(quarterly, `quarterly ${quarter} ${f.key}`, figureRow(f));
    // A version 2 quarter prints the ones it has (the sample's latest has all ten), and none where it has none.
    const kept = INSPECTION_FIGURES.filter((f) => figure(f.key) !== null).length;
    if (quarter === latest && kept !== INSPECTION_FIGURES.length)
      missing.push(`quarterly ${quarter}: the sample has ${kept} of the version 3 figures, not all`);
    if (kept === 0 && inOrder(quarterly, tokens('The figures an inspection asks for')))
      missing.push(`quarterly ${quarter}: printed a table of version 3 figures it does not have`);
    // The staff checks as counts: how many of the staff on the list have each check late.
    const staff = all(
      "SELECT name, last_supervision_on, supervision_due_on, dbs_checked_on, dbs_due_on FROM staff WHERE home_id = 1 AND status = 'active'",
    );
    const lateCount = (due: string) => staff.filter((m) => m[due] !== null && String(m[due]) < today).length;
    holds(
      quarterly,
      `quarterly ${quarter} supervision late`,
      `Supervision: ${lateCount('supervision_due_on') || 'none'} of ${staff.length} staff late.`,
    );
    holds(
      quarterly,
      `quarterly ${quarter} DBS late`,
      `DBS update service check: ${lateCount('dbs_due_on') || 'none'} of ${staff.length} staff late.`,
    );

    // The staff-room page: the summary written for the wall, and never the review's own words.
    const wall = await print('staff-room', quarter);
    holds(wall, `staff-room ${quarter} summary`, review.staff_room_summary);
    if (inOrder(wall, tokens(String(review.improvements))))
      missing.push(`staff-room ${quarter}: printed the areas to improve`);

    // The inspection pack: the reasons for the quarter's three judgements, each inspection and its
    // items, each Reg 44 visit, and the compliance calendar's people and dates.
    const pack = await print('inspection-pack', quarter);
    const start = quarterDates(addQuarters(quarter, -7)).start;
    const end = quarterDates(quarter).end;
    for (const j of all('SELECT area, reason FROM review_judgements WHERE review_id = ?', review.id!))
      holds(pack, `pack ${quarter} reason ${j.area}`, j.reason);
    for (const v of all(
      'SELECT visited_on, visitor FROM reg44_visits WHERE home_id = 1 AND visited_on BETWEEN ? AND ?',
      start,
      end,
    ))
      holds(
        pack,
        `pack ${quarter} Reg 44 visit`,
        `Visit on ${formatIsoDate(String(v.visited_on))} by ${v.visitor}`,
      );
    for (const i of all(
      `SELECT i.text FROM ofsted_items i JOIN ofsted_inspections o ON o.id = i.inspection_id
       WHERE o.home_id = 1 AND o.inspected_on BETWEEN ? AND ?`,
      start,
      end,
    ))
      holds(pack, `pack ${quarter} Ofsted item`, i.text);
    for (const s of all(
      "SELECT name, last_appraisal_on FROM staff WHERE home_id = 1 AND status = 'active'",
    )) {
      holds(pack, `pack ${quarter} appraisal`, s.name);
      if (s.last_appraisal_on)
        holds(pack, `pack ${quarter} appraisal of ${s.name}`, formatIsoDate(String(s.last_appraisal_on)));
    }
    // The version 3 figures of every quarter in the pack that has any (all version 2 in the sample), in order.
    const withFigures = all(
      'SELECT * FROM quarterly_metrics WHERE home_id = 1 AND quarter BETWEEN ? AND ? ORDER BY quarter',
      addQuarters(quarter, -7),
      quarter,
    ).filter((m) => INSPECTION_FIGURES.some((f) => m[snake(f.key)] !== null));
    for (const f of INSPECTION_FIGURES) {
      if (withFigures.every((m) => m[snake(f.key)] === null)) continue;
      const cells = withFigures.map((m) => {
        const value = m[snake(f.key)];
        if (value === null) return 'Not recorded';
        const whole = f.of ? m[snake(f.of)] : null;
        return `${String(value)}${whole === null ? '' : ` of ${String(whole)}`}`;
      });
      holds(pack, `pack ${quarter} ${f.key}`, `${f.label} ${cells.join(' ')}`);
    }
    if (quarter === latest && withFigures.length === 0)
      missing.push('pack: the sample has no version 3 figures');
    // Each person's supervision and DBS check: last, next due, and how many days overdue a late one is.
    for (const m of staff) {
      for (const [last, due, what] of [
        ['last_supervision_on', 'supervision_due_on', 'supervision'],
        ['dbs_checked_on', 'dbs_due_on', 'DBS check'],
      ] as const) {
        const dueOn = String(m[due]);
        const late = dueOn < today;
        holds(
          pack,
          `pack ${quarter} ${what} of ${String(m.name)}`,
          `${String(m.name)} ${formatIsoDate(String(m[last]))} ${formatIsoDate(dueOn)}${late ? ` Overdue by ${daysBetween(dueOn, today)} days` : ' In date'}`,
        );
      }
    }
    for (const q of all(
      `SELECT coalesce(s.name, q.person) AS person FROM staff_qualifications q
       LEFT JOIN staff s ON s.id = q.staff_id WHERE q.home_id = 1`,
    ))
      holds(pack, `pack ${quarter} qualification`, q.person);
  }

  // The action plan: every action with its owner.
  const plan = await print('action-plan', latest);
  for (const a of all('SELECT title, owner FROM actions WHERE home_id = 1')) {
    holds(plan, 'action plan title', a.title);
    holds(plan, `action plan owner of ${a.title}`, a.owner);
  }
  // The rating sheets: every indicator the quarter's review rates, in the words of its framework version.
  const latestReview = one(
    "SELECT id, framework_version FROM reviews WHERE home_id = 1 AND quarter = ? AND status = 'completed'",
    latest,
  );
  const framework = frameworkByVersion(Number(latestReview.framework_version));
  const statements = new Map(framework.domains.flatMap((d) => d.indicators.map((i) => [i.key, i.statement])));
  const sheets = await print('rating-sheets', latest);
  for (const i of all(
    'SELECT indicator_key, custom_statement FROM review_indicators WHERE review_id = ?',
    latestReview.id!,
  ))
    holds(
      sheets,
      `rating sheet ${i.indicator_key}`,
      i.custom_statement ?? statements.get(String(i.indicator_key)),
    );

  // The team meeting's minutes: who came, what was said, and the note on each agenda item.
  const meeting = one(
    `SELECT r.quarter, m.attendees, m.notes, m.item_notes FROM team_meetings m JOIN reviews r ON r.id = m.review_id
     WHERE r.home_id = 1 AND m.held_on IS NOT NULL ORDER BY r.quarter DESC LIMIT 1`,
  );
  const minutes = await print('team-meeting', String(meeting.quarter));
  holds(minutes, 'minutes attendees', meeting.attendees);
  holds(minutes, 'minutes notes', meeting.notes);
  for (const [item, note] of Object.entries(JSON.parse(String(meeting.item_notes)) as Record<string, string>))
    holds(minutes, `minutes note on ${item}`, note);
  db.close();
  expect(missing).toEqual([]);
});
