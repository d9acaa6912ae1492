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

/** A framework small enough to read every cell of its indicators CSV. */
const tiny: Framework = {
  ...hallmarksV2,
  version: 9,
  qualityStandardTitles: { 6: 'The quality and purpose of care standard' },
  domains: [
    {
      ...first!,
      key: 'voice',
      number: 3,
      title: 'Voice',
      qualityStandards: [6, 7],
      sccifAreas: ['experiences', 'leadership'],
      indicators: [
        {
          key: 'voice.heard',
          statement: 'Children are heard',
          evidencePrompts: [],
          safeguarding: true,
          regulations: [7, 12],
        },
        { key: 'voice.told', statement: 'Children are told why', evidencePrompts: [] },
      ],
    },
  ],
};

describe('each CSV’s columns', () => {
  it('are named and ordered the same in every file, even with no rows', () => {
    expect(parseCsv(judgementsCsv([], frameworks))).toEqual([
      [
        'Quarter',
        'Review status',
        'Kind',
        'Judgement',
        'Grade',
        'Grade in words',
        'Previous review',
        'Movement',
        'Reason',
      ],
    ]);
    expect(parseCsv(reviewSummariesCsv([]))).toEqual([
      [
        'Quarter',
        'Review status',
        'Framework version',
        'Indicators rated',
        'Indicators',
        'Completed on',
        'Signed off by',
        'Role',
        'Signed off on',
        'Overall judgement',
        'Strengths',
        'Areas to improve',
        'Staff-room summary',
      ],
    ]);
    expect(parseCsv(ratingsCsv([], frameworks))).toEqual([
      [
        'Quarter',
        'Review status',
        'Completed on',
        'Domain',
        'Indicator key',
        'Indicator',
        'Rating',
        'Rating in words',
        'Evidence note',
        'Sources',
        'Other source',
      ],
    ]);
    expect(parseCsv(indicatorsCsv({ ...tiny, domains: [] }))).toEqual([
      [
        'Framework version',
        'Domain',
        'Number',
        'Indicator key',
        'Indicator',
        'Quality Standards',
        'SCCIF judgements',
        'Safeguarding',
      ],
    ]);
  });
});

describe('the judgements CSV, row by row', () => {
  it('gives the overall row its own title and no reason', () => {
    const { rows } = table(judgementsCsv([review({ sccif: [], domains: [] })], frameworks));
    expect(rows).toEqual([['2026-Q2', 'Completed', 'Overall', 'Overall judgement', '3', 'Good', '', '', '']]);
  });

  it('names areas and domains by their keys when the framework does not know them', () => {
    const unknown = review({
      frameworkVersion: 7,
      sccif: [{ area: 'protection', judgement: 2, suggested: 2, reason: 'Why', previous: null }],
      domains: [{ key: first!.key, judgement: 3, rationale: '', previousJudgement: null }],
    });
    const custom = review({
      id: 2,
      quarter: '2026-Q3',
      sccif: [],
      domains: [{ key: 'home.own', judgement: 2, rationale: '', previousJudgement: null }],
    });
    const { rows, cell } = table(judgementsCsv([unknown, custom], frameworks));
    expect(rows.map((r) => cell(r, 'Judgement'))).toEqual([
      'protection',
      first!.key,
      'Overall judgement',
      'home.own',
      'Overall judgement',
    ]);
  });

  it('compares the overall with the last completed review before it, passing over a draft between', () => {
    const reviews = [
      review({ id: 1, quarter: '2026-Q1', overall: 4, sccif: [], domains: [] }),
      review({
        id: 2,
        quarter: '2026-Q2',
        status: 'draft',
        overall: 1,
        completedAt: null,
        sccif: [],
        domains: [],
      }),
      review({ id: 3, quarter: '2026-Q3', overall: 3, sccif: [], domains: [] }),
    ];
    const { rows, cell } = table(judgementsCsv(reviews, frameworks));
    expect(rows.map((r) => cell(r, 'Previous review'))).toEqual(['', 'Outstanding', 'Outstanding']);
    expect(rows.map((r) => cell(r, 'Movement'))).toEqual(['', 'Declined', 'Declined']);
  });
});

describe('the review summaries CSV, row by row', () => {
  it('leaves a draft’s completion date blank', () => {
    const { rows } = table(
      reviewSummariesCsv([review({ status: 'draft', completedAt: null, overall: null, signedByName: '' })]),
    );
    expect(rows).toEqual([
      [
        '2026-Q2',
        'In progress',
        '2',
        '2',
        '2',
        '',
        '',
        'Registered manager',
        '2026-07-01',
        '',
        'Children say staff listen',
        'Education plans',
        '',
      ],
    ]);
  });
});

describe('the ratings CSV, row by row', () => {
  const answer = (over: Partial<IndicatorAnswer>): IndicatorAnswer => ({ ...indicatorAnswer(), ...over });
  const sources = hallmarksV2.evidenceSources.slice(0, 2);

  it('names the domain, the rating in words and each source as the review screen does', () => {
    const { rows } = table(
      ratingsCsv(
        [
          review({
            indicators: [
              answer({ note: 'Seen in minutes', sources: sources.map((s) => s.key), otherSource: 'Visitor' }),
              answer({ rating: 0, sources: ['home-own-source'] }),
              answer({ key: 'home.own', domainKey: 'home', statement: 'Our own', rating: null }),
            ],
          }),
        ],
        frameworks,
      ),
    );
    const indicator = first!.indicators[0]!;
    const start = ['2026-Q2', 'Completed', '2026-07-01'];
    const firstIndicator = [
      ...start,
      `${first!.number}. ${first!.title}`,
      indicator.key,
      indicator.statement,
    ];
    expect(rows).toEqual([
      [
        ...firstIndicator,
        '3',
        'Good',
        'Seen in minutes',
        `${sources[0]!.label}; ${sources[1]!.label}`,
        'Visitor',
      ],
      [...firstIndicator, '0', 'Not enough evidence yet', '', 'home-own-source', ''],
      [...start, 'home', 'home.own', 'Our own', '', '', '', '', ''],
    ]);
  });

  it('keeps the keys and the rating, without words, for a framework version it does not have', () => {
    const { rows, cell } = table(
      ratingsCsv(
        [review({ frameworkVersion: 7, indicators: [answer({ sources: [sources[0]!.key] })] })],
        frameworks,
      ),
    );
    expect(cell(rows[0], 'Domain')).toBe(first!.key);
    expect(cell(rows[0], 'Rating')).toBe('3');
    expect(cell(rows[0], 'Rating in words')).toBe('');
    expect(cell(rows[0], 'Sources')).toBe(sources[0]!.key);
  });
});

describe('the indicators CSV, cell by cell', () => {
  it('lists the domain’s standards then the indicator’s own, titled where the framework has a title', () => {
    const areas = `${tiny.sccifAreaTitles.experiences}; ${tiny.sccifAreaTitles.leadership}`;
    const standard6 = 'Regulation 6: The quality and purpose of care standard';
    const voice = (n: string, key: string, statement: string, standards: string, safeguarding: string) => [
      '9',
      '3. Voice',
      n,
      key,
      statement,
      standards,
      areas,
      safeguarding,
    ];
    expect(table(indicatorsCsv(tiny)).rows).toEqual([
      voice('3.1', 'voice.heard', 'Children are heard', `${standard6}; Regulation 7; Regulation 12`, 'Yes'),
      voice('3.2', 'voice.told', 'Children are told why', `${standard6}; Regulation 7`, 'No'),
    ]);
  });
});
