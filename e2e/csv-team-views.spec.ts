import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { quarterOf } from '../contract/rules/quarters';
import { OUTSIDE_MEETING_MIN_RATERS } from '../contract/exports/team-views-exports';
import { SCALE_CHOICES, type Scale } from '../contract/voice-scales';
import { expectNoSeriousViolations } from './axe';
import { downloadCsv, openSampleSpreadsheets } from './csv-download';
import { expect, test } from './fixtures';
import { callApp } from './review-helpers';

const HOSTILE = '=SUM(A1) <b>not bold</b> <script>alert("x")</script> 🙂';

/** Downloads one of the Reports page's spreadsheets and reads it back as objects keyed by column. */
async function download(page: Page, noun: string) {
  const file = await downloadCsv(page, noun);
  return {
    text: file.rows.flat().join('\n'),
    rows: file.rows.map((row) => Object.fromEntries(file.header.map((h) => [h, file.cell(row, h)]))),
  };
}

test('the team meetings and views spreadsheets hold what the database holds, and never more than the screens show', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(120_000);
  await openSampleSpreadsheets(page, app);
  const homeId = (await callApp(request, app, 'homes.list', {})).find((h) =>
    h.name.startsWith('Rowan House'),
  )!.id;
  // Hostile text in two records, and a rating round still open this quarter: its spread must not appear.
  await callApp(request, app, 'voice.saveYouSaid', {
    homeId,
    suggestion: HOSTILE,
    suggestedOn: '2026-01-05',
    weDid: '',
    doneOn: null,
  });
  await callApp(request, app, 'voice.saveFeedback', {
    homeId,
    group: 'staff',
    role: 'Night staff',
    receivedOn: '2026-01-06',
    how: 'letter',
    said: HOSTILE,
    domains: [],
    indicators: [],
    answers: [],
  });
  const current = quarterOf(new Date());
  const reviews = await callApp(request, app, 'reviews.list', { homeId });
  const openReview =
    reviews.find((r) => r.quarter === current) ??
    (await callApp(request, app, 'reviews.start', { homeId, quarter: current }));
  // Flagged to discuss, so the open round's meeting has an indicator on its agenda.
  const first = (await callApp(request, app, 'reviews.get', { id: openReview.id })).indicators[0]!;
  await callApp(request, app, 'reviews.saveIndicator', {
    reviewId: openReview.id,
    indicatorKey: first.key,
    rating: 3,
    note: first.note,
    sources: first.sources,
    otherSource: first.otherSource,
    discuss: true,
  });
  const round = await callApp(request, app, 'teamRound.open', { reviewId: openReview.id, domainKeys: [] });
  const sheet = await callApp(request, app, 'rating.sheet', { roundId: round.id });
  for (const rating of [1, 4, 1, 4, 2, 3] as const) {
    const ratings = sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
    await callApp(request, app, 'rating.submit', {
      roundId: round.id,
      staffId: null,
      fromPaper: true,
      ratings,
    });
  }

  const openMeeting = await callApp(request, app, 'meeting.get', { reviewId: openReview.id });
  expect(openMeeting.round).toMatchObject({ sheets: 6, closed: false });
  expect(openMeeting.items.find((i) => i.indicator?.key === first.key)?.indicator?.raters).toBe(6);
  const db = new Database(app.dbFile, { readonly: true });
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

  await expect(page.getByRole('heading', { level: 3, name: 'Team meetings and views' })).toBeVisible();

  // Team meetings: one row per recorded meeting, oldest first.
  const meetings = all<{
    held_on: string;
    quarter: string;
    attendees: string;
    notes: string;
    sheets: number;
    agreed: number;
  }>(
    `SELECT m.held_on, r.quarter, m.attendees, m.notes,
       (SELECT count(*) FROM team_sheets s JOIN team_rounds t ON t.id = s.round_id WHERE t.review_id = r.id) AS sheets,
       (SELECT count(*) FROM agreed_ratings a WHERE a.review_id = r.id) AS agreed
     FROM team_meetings m JOIN reviews r ON r.id = m.review_id
     WHERE r.home_id = ? AND m.held_on IS NOT NULL ORDER BY r.quarter`,
    homeId,
  );
  expect(meetings).toHaveLength(3);
  const meetingsFile = await download(page, 'team meetings');
  expect(
    meetingsFile.rows.map((r) => [r['Meeting held on'], r['Quarter reviewed'], r['Who attended'], r.Notes]),
  ).toEqual(meetings.map((m) => [m.held_on, m.quarter, m.attendees, m.notes]));
  expect(meetingsFile.rows.map((r) => [r['Rated in private'], r['Ratings agreed']])).toEqual(
    meetings.map((m) => [String(m.sheets), String(m.agreed)]),
  );

  // Agreed ratings: every agreement, with the reason as stored.
  const agreed = all<{
    quarter: string;
    indicator_key: string;
    rating: number;
    earlier_rating: number | null;
    reasoning: string;
  }>(
    `SELECT r.quarter, a.indicator_key, a.rating, a.earlier_rating, a.reasoning FROM agreed_ratings a
     JOIN reviews r ON r.id = a.review_id WHERE r.home_id = ? ORDER BY r.quarter, a.indicator_key, a.id`,
    homeId,
  );
  expect(agreed.length).toBeGreaterThanOrEqual(6);
  const agreedFile = await download(page, 'agreed ratings');
  // Agreements made in the same instant may come in either order; each indicator's stay oldest first.
  const byIndicator = (r: Record<string, string>) => `${r['Quarter reviewed']}|${r['Indicator key']}`;
  expect(
    [...agreedFile.rows]
      .sort((a, b) => byIndicator(a).localeCompare(byIndicator(b)))
      .map((r) => [
        r['Quarter reviewed'],
        r['Indicator key'],
        r['Agreed rating'],
        r['Rating before'],
        r.Reason,
      ]),
  ).toEqual(
    agreed.map((a) => [
      a.quarter,
      a.indicator_key,
      String(a.rating),
      String(a.earlier_rating ?? ''),
      a.reasoning,
    ]),
  );

  // Spread: only ended rounds, counts as stored, nothing from fewer than five raters.
  const spreadFile = await download(page, 'team ratings spread');
  expect(spreadFile.rows.length).toBeGreaterThan(0);
  expect(spreadFile.rows.some((r) => r['Quarter reviewed'] === current)).toBe(false);
  const tally = db.prepare(
    `SELECT t.rating, count(*) AS n FROM team_ratings t JOIN team_sheets s ON s.id = t.sheet_id
     JOIN team_rounds r ON r.id = s.round_id JOIN reviews v ON v.id = r.review_id
     WHERE v.home_id = ? AND v.quarter = ? AND t.indicator_key = ? GROUP BY t.rating`,
  );
  const grades = {
    4: 'Outstanding',
    3: 'Good',
    2: 'Requires improvement',
    1: 'Inadequate',
    0: 'Don’t know',
  } as const;
  let withCounts = 0;
  for (const row of spreadFile.rows) {
    const stored = tally.all(homeId, row['Quarter reviewed'], row['Indicator key']) as {
      rating: 0;
      n: number;
    }[];
    const raters = stored.reduce((sum, s) => sum + s.n, 0);
    expect(row['People who rated']).toBe(String(raters));
    if (raters < OUTSIDE_MEETING_MIN_RATERS) {
      expect(row.Spread).toBe(`Not shown: fewer than ${OUTSIDE_MEETING_MIN_RATERS} people rated`);
      expect(Object.values(grades).map((g) => row[g])).toEqual(['', '', '', '', '']);
    } else {
      withCounts += 1;
      for (const [rating, word] of Object.entries(grades)) {
        expect(row[word], `${row['Indicator key']} ${word}`).toBe(
          String(stored.find((s) => String(s.rating) === rating)?.n ?? 0),
        );
      }
    }
  }
  expect(withCounts).toBeGreaterThan(0);

  // Team agreement, in words.
  const agreementFile = await download(page, 'team agreement');
  expect(agreementFile.rows.length).toBeGreaterThan(0);
  for (const row of agreementFile.rows)
    expect(['Agreed', 'Mixed', 'Split', 'Evidence gap']).toContain(row['Team agreement']);

  // Children's views: counts where three or more answered; a withheld row, with no count, where fewer did.
  const sessions = all<{ quarter: string; n: number }>(
    'SELECT quarter, count(*) AS n FROM voice_sessions WHERE home_id = ? GROUP BY quarter ORDER BY quarter',
    homeId,
  );
  expect(sessions.some((s) => s.n < 3)).toBe(true);
  const views = await download(page, 'children’s views');
  const answers = db.prepare(
    `SELECT v.scale, a.choice, count(*) AS n FROM voice_answers a JOIN voice_sessions s ON s.id = a.session_id
     JOIN voice_question_versions v ON v.id = a.question_version_id
     WHERE s.home_id = ? AND s.quarter = ? AND v.wording = ? AND a.choice IS NOT NULL GROUP BY v.scale, a.choice`,
  );
  for (const { quarter, n } of sessions) {
    const rows = views.rows.filter((r) => r.Quarter === quarter);
    if (n < 3) {
      expect(rows).toEqual([expect.objectContaining({ Question: '', Answer: '', Count: '' })]);
      expect(rows[0]!.Note).toContain('Results withheld: fewer than 3 young people answered');
      continue;
    }
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (row.Note !== '') {
        expect(row.Count).toBe('');
        continue;
      }
      const stored = answers.all(homeId, quarter, row.Question) as {
        scale: Scale;
        choice: number;
        n: number;
      }[];
      const value = SCALE_CHOICES[stored[0]!.scale].find((c) => c.label === row.Answer)!.value;
      expect(row.Count, `${quarter} ${row.Question} ${row.Answer}`).toBe(
        String(stored.find((s) => s.choice === value)?.n ?? 0),
      );
    }
  }
  // The young people's written comments stay with the manager.
  const comments = all<{ comment: string }>("SELECT comment FROM voice_answers WHERE trim(comment) <> ''");
  expect(comments.length).toBeGreaterThan(0);
  for (const { comment } of comments) expect(views.text).not.toContain(comment);

  // Others' views and "You said, we did", as stored, the hostile text unchanged.
  const feedback = all<{ received_on: string; said: string }>(
    'SELECT received_on, said FROM voice_feedback WHERE home_id = ? ORDER BY received_on, id',
    homeId,
  );
  const others = await download(page, 'others’ views');
  expect(others.rows.map((r) => [r['Received on'], r['What was said']])).toEqual(
    feedback.map((f) => [f.received_on, f.said]),
  );
  expect(others.rows.find((r) => r['What was said'] === HOSTILE)).toMatchObject({
    From: 'Staff member',
    'How it came': 'Letter or card',
  });
  const youSaid = all<{ suggestion: string; we_did: string }>(
    'SELECT suggestion, we_did FROM voice_you_said WHERE home_id = ? ORDER BY suggested_on, id',
    homeId,
  );
  const youSaidFile = await download(page, 'you said, we did');
  expect(youSaidFile.rows.map((r) => [r['You said'], r['We did']])).toEqual(
    youSaid.map((y) => [y.suggestion, y.we_did]),
  );
  expect(youSaidFile.rows[0]).toMatchObject({ 'You said': HOSTILE, 'Where it stands': 'Still to do' });
  await expectNoSeriousViolations(page, 'the Reports page with the team and views spreadsheets');
  db.close();
});
