import { describe, expect, it } from 'vitest';
import { hallmarksV1 } from '../../db/framework/hallmarks-v1';
import { hallmarksV2 } from '../../db/framework/hallmarks-v2';
import { csvText, parseCsv } from './csv';
import type { Framework } from '../framework';
import { ratingsCsv } from './report-exports';
import type { IndicatorAnswer, ReviewDetail } from '../review';
import { indicatorsCsv, judgementsCsv, reviewSummariesCsv } from './review-exports';

const frameworks = new Map<number, Framework>([
  [1, hallmarksV1],
  [2, hallmarksV2],
]);
const [first, second] = hallmarksV2.domains;

const review = (over: Partial<ReviewDetail>): ReviewDetail => ({
  id: 1,
  homeId: 1,
  quarter: '2026-Q2',
  status: 'completed',
  frameworkVersion: 2,
  overall: 3,
  rated: 2,
  total: 2,
  completedAt: '2026-07-01T09:00:00.000Z',
  updatedAt: '2026-07-01T09:00:00.000Z',
  strengths: 'Children say staff listen',
  improvements: 'Education plans',
  staffRoomSummary: '',
  signedByName: 'Alex Morgan',
  signedByRole: 'Registered manager',
  signedOn: '2026-07-01',
  position: null,
  indicators: [],
  domains: [
    { key: first!.key, judgement: 3, rationale: 'Most are Good', previousJudgement: 2 },
    { key: second!.key, judgement: null, rationale: '', previousJudgement: 3 },
  ],
  events: [],
  previousQuarter: null,
  sccif: [
    { area: 'experiences', judgement: 3, suggested: 3, reason: '', previous: 3 },
    { area: 'protection', judgement: 2, suggested: 3, reason: '=SUM(A1) <b>careful</b> 🙂', previous: 3 },
    { area: 'leadership', judgement: 4, suggested: 4, reason: '', previous: null },
  ],
  ...over,
});

const table = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return { rows, cell: (row: string[] | undefined, name: string) => row![header!.indexOf(name)]! };
};

describe('the judgements CSV', () => {
  it('has a row for each SCCIF judgement, each domain and the overall, with the movement in words', () => {
    const { rows, cell } = table(judgementsCsv([review({})], frameworks));
    expect(rows.map((r) => r[2])).toEqual([
      'SCCIF judgement',
      'SCCIF judgement',
      'SCCIF judgement',
      'Domain',
      'Domain',
      'Overall',
    ]);
    const protection = rows[1];
    expect(cell(protection, 'Judgement')).toBe(hallmarksV2.sccifAreaTitles.protection);
    expect(cell(protection, 'Grade in words')).toBe('Requires improvement to be good');
    expect(cell(protection, 'Previous review')).toBe('Good');
    expect(cell(protection, 'Movement')).toBe('Declined');
    expect(csvText(cell(protection, 'Reason'))).toBe('=SUM(A1) <b>careful</b> 🙂');
    expect(cell(rows[2], 'Movement')).toBe('');
    expect(cell(rows[3], 'Judgement')).toBe(`${first!.number}. ${first!.title}`);
    expect(cell(rows[3], 'Movement')).toBe('Improved');
    expect(cell(rows[4], 'Grade')).toBe('');
  });

  it("compares the overall judgement with the previous completed review's, and gives a version 1 review no SCCIF rows", () => {
    const old = review({
      id: 1,
      quarter: '2026-Q1',
      frameworkVersion: 1,
      overall: 4,
      sccif: null,
      domains: [],
    });
    const draft = review({
      id: 3,
      quarter: '2026-Q3',
      status: 'draft',
      overall: null,
      sccif: [],
      domains: [],
    });
    const { rows, cell } = table(judgementsCsv([old, review({ id: 2 }), draft], frameworks));
    const overall = rows.filter((r) => r[2] === 'Overall');
    expect(overall.map((r) => cell(r, 'Movement'))).toEqual(['', 'Declined', '']);
    expect(overall.map((r) => cell(r, 'Previous review'))).toEqual(['', 'Outstanding', 'Good']);
    expect(rows.filter((r) => r[0] === '2026-Q1')).toHaveLength(1);
    expect(cell(overall[2], 'Review status')).toBe('In progress');
  });
});

describe('the review summaries CSV', () => {
  it("dates completion by the home's day (00:30 BST is the next day) and keeps text as typed", () => {
    const text = reviewSummariesCsv([
      review({ completedAt: '2026-06-30T23:30:00.000Z', strengths: '<script>x</script>\nline two 🙂' }),
    ]);
    const { rows, cell } = table(text);
    expect(cell(rows[0], 'Completed on')).toBe('2026-07-01');
    expect(cell(rows[0], 'Overall judgement')).toBe('Good');
    expect(cell(rows[0], 'Strengths')).toBe('<script>x</script>\nline two 🙂');
    expect(cell(rows[0], 'Signed off by')).toBe('Alex Morgan');
  });

  it.each([
    ['empty, when none is written yet', '', ''],
    [
      'as typed, line breaks and all',
      'Our Good is holding.\nThank you, team 🙂',
      'Our Good is holding.\nThank you, team 🙂',
    ],
    ['= guarded', '=HYPERLINK("http://x.example")', `'=HYPERLINK("http://x.example")`],
    ['+ guarded', '+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['- guarded', '-3 incidents this quarter', "'-3 incidents this quarter"],
    ['@ guarded', '@SUM(1+1)', "'@SUM(1+1)"],
    ['tab guarded', '\t=1+1', "'\t=1+1"],
    ['carriage return guarded', '\r=1+1', "'\r=1+1"],
  ])('has the staff-room summary, %s', (_, typed, cellText) => {
    const { rows, cell } = table(reviewSummariesCsv([review({ staffRoomSummary: typed })]));
    expect(cell(rows[0], 'Staff-room summary')).toBe(cellText);
    expect(csvText(cell(rows[0], 'Staff-room summary'))).toBe(typed);
    expect(cell(rows[0], 'Areas to improve')).toBe('Education plans');
  });

  it('gives the ratings CSV the same words and date', () => {
    const { rows, cell } = table(
      ratingsCsv(
        [review({ completedAt: '2026-06-30T23:30:00.000Z', indicators: [{ ...indicatorAnswer() }] })],
        frameworks,
      ),
    );
    expect(cell(rows[0], 'Completed on')).toBe('2026-07-01');
    expect(cell(rows[0], 'Review status')).toBe('Completed');
  });
});

function indicatorAnswer(): IndicatorAnswer {
  const indicator = first!.indicators[0]!;
  return {
    key: indicator.key,
    domainKey: first!.key,
    statement: indicator.statement,
    custom: false,
    rating: 3,
    note: '',
    recordsReason: '',
    checkedSameOn: null,
    sources: [],
    otherSource: '',
    discuss: false,
    previous: null,
  };
}

describe('the indicators CSV', () => {
  it('numbers indicators as the rating sheets do and lists every Quality Standard once', () => {
    const { rows, cell } = table(indicatorsCsv(hallmarksV2));
    expect(rows).toHaveLength(hallmarksV2.domains.reduce((n, d) => n + d.indicators.length, 0));
    expect(cell(rows[0], 'Number')).toBe(`${first!.number}.1`);
    expect(cell(rows[0], 'Indicator')).toBe(first!.indicators[0]!.statement);
    const standards = cell(rows[0], 'Quality Standards').split('; ');
    expect(new Set(standards).size).toBe(standards.length);
    expect(standards[0]).toBe(
      `Regulation ${first!.qualityStandards[0]}: ${hallmarksV2.qualityStandardTitles[first!.qualityStandards[0]!]}`,
    );
    const extra = hallmarksV2.domains
      .flatMap((d) => d.indicators)
      .find((i) => (i.regulations ?? []).length > 0)!;
    const row = rows.find((r) => cell(r, 'Indicator key') === extra.key);
    for (const reg of extra.regulations!)
      expect(cell(row, 'Quality Standards')).toContain(`Regulation ${reg}:`);
  });
});
