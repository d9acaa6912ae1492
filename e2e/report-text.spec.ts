import Database from 'better-sqlite3';
import { downloadCsv } from './csv-download';
import { METRIC_FIELDS } from '../contract/metric-fields';
import { addQuarters, quarterOf } from '../contract/rules/quarters';
import { expect, test } from './fixtures';
import { pdfText, rightmostWord, runReportCli } from './report-files';

const latest = addQuarters(quarterOf(new Date()), -1);
const HTML_LOOKING = '<b>Not bold</b> <script>alert("x")</script> &amp;';
const UNBROKEN = 'A'.repeat(300);
const filler = 'Evidence from the night shift log and the keyworker sessions. ';
const LONG_NOTE = (HTML_LOOKING + ' ' + UNBROKEN + ' ' + filler.repeat(2000)).slice(0, 100_000);
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

test('a 100,000-character note and HTML-looking text print as text, wrapped, and the CSV files hold what the database holds', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();

  const db = new Database(app.dbFile);
  db.pragma('busy_timeout = 5000');
  const reviewId = (db.prepare('SELECT id FROM reviews WHERE quarter = ?').get(latest) as { id: number }).id;
  db.prepare(
    `UPDATE review_indicators SET note = ?, sources = '[]', other_source = '' WHERE review_id = ? AND indicator_key =
       (SELECT indicator_key FROM review_indicators WHERE review_id = ? ORDER BY position LIMIT 1)`,
  ).run(LONG_NOTE, reviewId, reviewId);

  const file = testInfo.outputPath('long-note.pdf');
  const run = runReportCli([
    '--db',
    app.dbFile,
    '--home',
    '1',
    '--report',
    'quarterly-review',
    '--period',
    latest,
    '--out',
    file,
  ]);
  expect(run.code, run.output).toBe(0);
  const text = pdfText(file);
  expect(text.replace(/\s+/g, ' ')).toContain(HTML_LOOKING);
  // Every repetition of the filler is printed, across as many pages as it takes.
  const phrase = 'night shift log and the keyworker sessions';
  const count = (haystack: string) => haystack.replace(/\s+/g, ' ').split(phrase).length - 1;
  // Without the running header and footer, the table's repeated header row (between pages) and the
  // row's Sources cell (read on the same line as the note's first lines).
  const furniture =
    /^(Rowan House \(sample\)|Quarterly review report · .*|Confidential: .*|Page \d+ of \d+|No\.|Indicator|Rating|Evidence note|Sources|None given)$/;
  const body = text
    .split('\n')
    .filter((line) => !furniture.test(line.trim()))
    .join('\n');
  // The unbroken run wraps onto several lines (and may cross a page) rather than running off the page;
  // all of it is there.
  expect(body.replace(/\s+/g, '')).toContain(UNBROKEN);
  expect(count(body)).toBe(count(LONG_NOTE));
  const { xMax, pageWidth } = rightmostWord(file);
  const rightMargin = (15 / 25.4) * 72;
  expect(xMax).toBeLessThanOrEqual(pageWidth - rightMargin + 1);

  // CSV: what Excel opens is what the database holds.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const ratings = await downloadCsv(page, 'ratings');
  const stored = db
    .prepare(
      `SELECT r.quarter, i.indicator_key AS key, i.rating, i.note FROM review_indicators i
         JOIN reviews r ON r.id = i.review_id ORDER BY r.quarter, i.position`,
    )
    .all() as { quarter: string; key: string; rating: number | null; note: string }[];
  expect(ratings.rows).toHaveLength(stored.length);
  const byKey = new Map(
    ratings.rows.map((row) => [`${ratings.cell(row, 'Quarter')}|${ratings.cell(row, 'Indicator key')}`, row]),
  );
  for (const s of stored) {
    const row = byKey.get(`${s.quarter}|${s.key}`);
    expect(row, `${s.quarter} ${s.key}`).toBeDefined();
    expect(ratings.cell(row!, 'Rating')).toBe(s.rating === null ? '' : String(s.rating));
    expect(ratings.cell(row!, 'Evidence note')).toBe(s.note);
  }

  const { header: figuresHeader, rows: figureRows } = await downloadCsv(page, 'figures');
  expect(figuresHeader).toEqual(['Quarter', ...METRIC_FIELDS.map((f) => f.label)]);
  const metrics = db
    .prepare('SELECT * FROM quarterly_metrics WHERE home_id = 1 ORDER BY quarter')
    .all() as Record<string, number | string | null>[];
  expect(figureRows.map((r) => r[0])).toEqual(metrics.map((m) => m.quarter));
  for (const [i, m] of metrics.entries()) {
    METRIC_FIELDS.forEach((f, j) => {
      const value = m[snake(f.key)];
      expect(figureRows[i]![j + 1], `${m.quarter as string} ${f.key}`).toBe(
        value === null ? '' : String(value),
      );
    });
  }

  const actions = await downloadCsv(page, 'actions');
  const storedActions = db
    .prepare('SELECT title, owner, due_on, completed_on FROM actions WHERE home_id = 1 ORDER BY id')
    .all() as { title: string; owner: string; due_on: string; completed_on: string | null }[];
  expect(actions.rows).toHaveLength(storedActions.length);
  const csvActions = actions.rows.map((r) => ({
    title: actions.cell(r, 'Action'),
    owner: actions.cell(r, 'Owner'),
    due_on: actions.cell(r, 'Due on'),
    completed_on: actions.cell(r, 'Completed on') || null,
  }));
  const order = (a: { title: string; due_on: string }) => `${a.due_on}|${a.title}`;
  const sorted = <T extends { title: string; due_on: string }>(list: T[]) =>
    [...list].sort((a, b) => order(a).localeCompare(order(b)));
  expect(sorted(csvActions)).toEqual(sorted(storedActions));
  db.close();
});
