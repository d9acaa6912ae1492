import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../actions';
import { csvText, parseCsv } from './csv';
import { inspectionsCsv, reg44VisitsCsv, reg45AnalysisCsv, reg45RecordsCsv } from './record-exports';
import type { Inspection, Reg44Visit, Reg45Record } from '../records';
import type { Reg45Draft } from '../reg45-draft';

const HOSTILE = '=SUM(A1) <script>alert("x")</script>, "quoted" 🙂\nsecond line';

const action = (over: Partial<ActionItem>): ActionItem => ({
  id: 40,
  homeId: 1,
  title: 'Review the missing-from-care protocol',
  link: null,
  linkLabel: null,
  domainKey: null,
  owner: 'Sam Reid',
  dueOn: '2026-12-16',
  status: 'in_progress',
  completedOn: null,
  evidence: '',
  dropReason: '',
  source: 'reg44',
  origin: null,
  overdue: true,
  events: [],
  notes: [],
  createdAt: '2026-10-05T09:00:00.000Z',
  ...over,
});

/** The file read back as Excel would: header first, then each row as { column: text }. */
function read(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, i) => [name, csvText(row[i]!)]));
  });
}

describe('the Reg 44 visits CSV', () => {
  const visits: Reg44Visit[] = [
    {
      id: 2,
      visitedOn: '2026-10-14',
      visitor: 'Pat Kaur',
      reportReceivedOn: '2026-10-20',
      recommendations: [
        { id: 5, text: HOSTILE, respondBy: '2026-11-14', response: '', respondedOn: null, actionId: null },
        {
          id: 6,
          text: 'Update the missing-from-care protocol',
          respondBy: null,
          response: 'Protocol rewritten with the police',
          respondedOn: '2026-10-30',
          actionId: 40,
        },
      ],
    },
    { id: 1, visitedOn: '2026-09-12', visitor: 'Pat Kaur', reportReceivedOn: null, recommendations: [] },
  ];

  it('has one row per recommendation, with its visit and words for where it stands', () => {
    const text = reg44VisitsCsv(visits, [action({})]);
    expect(text).toContain(`"'=SUM(A1)`); // a spreadsheet shows the formula-looking text rather than running it
    const rows = read(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      'Visit date': '2026-10-14',
      'Independent person': 'Pat Kaur',
      'Report received on': '2026-10-20',
      'Recommendation number': '1',
      Recommendation: HOSTILE,
      'Respond by': '2026-11-14',
      'Response status': 'No response recorded',
      'Home’s response': '',
      'Responded on': '',
      Action: '',
      'Action status': 'No action made',
    });
    expect(rows[1]).toMatchObject({
      'Visit date': '2026-10-14',
      'Recommendation number': '2',
      'Response status': 'Responded',
      'Home’s response': 'Protocol rewritten with the police',
      'Responded on': '2026-10-30',
      Action: 'Review the missing-from-care protocol',
      'Action status': 'In progress, overdue',
    });
  });

  it('gives a visit with no recommendations one row, its recommendation columns blank', () => {
    const rows = read(reg44VisitsCsv(visits, []));
    expect(rows[2]).toEqual({
      'Visit date': '2026-09-12',
      'Independent person': 'Pat Kaur',
      'Report received on': '',
      'Recommendation number': '',
      Recommendation: '',
      'Respond by': '',
      'Response status': '',
      'Home’s response': '',
      'Responded on': '',
      Action: '',
      'Action status': '',
    });
    expect(parseCsv(reg44VisitsCsv([], []))).toHaveLength(1); // the header alone
  });
});

describe('the Ofsted inspections CSV', () => {
  const inspection = (over: Partial<Inspection>): Inspection => ({
    id: 1,
    inspectedOn: '2025-03-11',
    kind: 'full',
    judgements: { experiencesAndProgress: 3, helpedAndProtected: 2, leadersAndManagers: null },
    interimOutcome: null,
    reportUrl: 'https://reports.ofsted.gov.uk/provider/1',
    items: [],
    calibration: null,
    ...over,
  });

  it('has one row per requirement or recommendation, with judgements, type and status in words', () => {
    const rows = read(
      inspectionsCsv(
        [
          inspection({
            items: [
              {
                id: 3,
                kind: 'requirement',
                regulation: 'Regulation 12',
                text: HOSTILE,
                complyBy: '2025-05-01',
                actionId: 40,
              },
              {
                id: 4,
                kind: 'recommendation',
                regulation: '',
                text: 'Records',
                complyBy: null,
                actionId: null,
              },
            ],
          }),
        ],
        [action({ status: 'done', overdue: false })],
      ),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      'Inspection date': '2025-03-11',
      'Type of inspection': 'Full inspection',
      'Overall experiences and progress of children and young people': 'Good',
      'How well children and young people are helped and protected': 'Requires improvement to be good',
      'The effectiveness of leaders and managers': '',
      'Interim outcome': '',
      'Published report': 'https://reports.ofsted.gov.uk/provider/1',
      'Requirement or recommendation': 'Requirement',
      Regulation: 'Regulation 12',
      Text: HOSTILE,
      'Comply by': '2025-05-01',
      Action: 'Review the missing-from-care protocol',
      'Action status': 'Done',
    });
    expect(rows[1]).toMatchObject({
      'Requirement or recommendation': 'Recommendation',
      'Comply by': '',
      'Action status': 'No action made',
    });
  });

  it('gives an inspection with nothing recorded against it one row, and an interim outcome in words', () => {
    const rows = read(
      inspectionsCsv(
        [
          inspection({
            kind: 'interim',
            judgements: { experiencesAndProgress: null, helpedAndProtected: null, leadersAndManagers: null },
            interimOutcome: 'sustained',
            reportUrl: '',
          }),
        ],
        [],
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'Type of inspection': 'Interim inspection',
      'Interim outcome': 'Sustained effectiveness',
      'Requirement or recommendation': '',
      Text: '',
      'Action status': '',
    });
  });
});

describe('the Reg 45 reviews CSV', () => {
  it('has one row per review, with where its reports went in words', () => {
    const record: Reg45Record = {
      id: 1,
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-10-10',
      sentToOfstedOn: null,
      placingAuthorities: 'not_sent',
      placingAuthoritiesSentOn: null,
      ofstedDeadline: '2026-11-07',
      ofstedState: 'due-soon',
    };
    const rows = read(
      reg45RecordsCsv([
        record,
        {
          ...record,
          id: 2,
          periodStart: null,
          periodEnd: null,
          completedOn: '2026-04-12',
          sentToOfstedOn: '2026-05-20',
          placingAuthorities: 'sent',
          placingAuthoritiesSentOn: '2026-05-21',
          ofstedState: 'sent-late',
        },
      ]),
    );
    expect(rows).toEqual([
      {
        'Period from': '2026-04-01',
        'Period to': '2026-09-30',
        'Completed on': '2026-10-10',
        'Report to Ofsted': 'Send now',
        'Sent to Ofsted on': '',
        'Ofsted deadline': '2026-11-07',
        'Placing authorities': 'Not sent (available on request)',
        'Sent to placing authorities on': '',
      },
      {
        'Period from': '',
        'Period to': '',
        'Completed on': '2026-04-12',
        'Report to Ofsted': 'Sent late',
        'Sent to Ofsted on': '2026-05-20',
        'Ofsted deadline': '2026-11-07',
        'Placing authorities': 'Sent',
        'Sent to placing authorities on': '2026-05-21',
      },
    ]);
  });
});

describe('the Reg 45 analysis CSV', () => {
  const draft = (over: Partial<Reg45Draft>): Reg45Draft => ({
    homeId: 1,
    quarter: '2026-Q3',
    firstMonth: '2026-04',
    lastMonth: '2026-09',
    analysis: HOSTILE,
    standards: { '12': 'Missing episodes fell', '7': 'The children’s meeting sets the menu', '9': '  ' },
    signedBy: 'Alex Morgan',
    signedOn: '2026-10-12',
    periodProblem: null,
    periodReason: null,
    updatedAt: '2026-10-12T08:00:00.000Z',
    ...over,
  });

  it('has the analysis, then each Quality Standard with words in regulation order, with period and sign-off', () => {
    const rows = read(reg45AnalysisCsv([draft({})]));
    expect(rows.map((r) => r.Part)).toEqual([
      'Overall analysis',
      'Regulation 7: The children’s views, wishes and feelings standard',
      'Regulation 12: The protection of children standard',
    ]);
    expect(rows[0]).toEqual({
      'Period from': '2026-04-01',
      'Period to': '2026-09-30',
      Part: 'Overall analysis',
      'Registered person’s words': HOSTILE,
      'Signed off by': 'Alex Morgan',
      'Signed off on': '2026-10-12',
      'Last saved on': '2026-10-12',
    });
    expect(rows[2]!['Registered person’s words']).toBe('Missing episodes fell');
  });

  it('prints the first and last day of a period that is not whole quarters (February to July)', () => {
    const rows = read(reg45AnalysisCsv([draft({ firstMonth: '2026-02', lastMonth: '2026-07' })]));
    expect(rows[0]).toMatchObject({ 'Period from': '2026-02-01', 'Period to': '2026-07-31' });
  });

  it('ends with the reason a period out of step with the recorded ones was signed off, when there is one', () => {
    const rows = read(reg45AnalysisCsv([draft({ periodReason: '+ The cycle moved after the new manager' })]));
    expect(rows.at(-1)).toMatchObject({
      Part: 'Reason for signing off this period out of step with the recorded Reg 45 periods',
      'Registered person’s words': '+ The cycle moved after the new manager',
      'Signed off by': 'Alex Morgan',
    });
  });

  it('leaves sign-off blank for an unsigned draft, skips a blank analysis, and dates saves in UK time', () => {
    const rows = read(
      reg45AnalysisCsv([
        draft({
          quarter: '2026-Q2',
          firstMonth: '2026-01',
          lastMonth: '2026-06',
          analysis: '',
          standards: { '5': 'Placing authorities attend reviews' },
          signedBy: null,
          signedOn: null,
          // 00:30 on 1 July in British Summer Time: the home's date is the 1st, not UTC's 30 June.
          updatedAt: '2026-06-30T23:30:00.000Z',
        }),
      ]),
    );
    expect(rows).toEqual([
      {
        'Period from': '2026-01-01',
        'Period to': '2026-06-30',
        Part: 'Regulation 5: Engaging with the wider system to ensure children’s needs are met',
        'Registered person’s words': 'Placing authorities attend reviews',
        'Signed off by': '',
        'Signed off on': '',
        'Last saved on': '2026-07-01',
      },
    ]);
  });
});
