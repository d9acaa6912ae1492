import { describe, expect, it } from 'vitest';
import {
  aboveRecords,
  missingRecordsReasons,
  recordFacts,
  recordsCeiling,
  type RecordsInput,
} from './records-say';
import type { IndicatorAnswer, ReviewDetail } from '../review';

const KEYS = [
  'safe.reg44',
  'safe.reg45',
  'safe.missing-from-care',
  'rel.behaviour-progress',
  'staff.turnover',
  'staff.own-cover',
  'voice.feedback',
  'work.supervision',
];

function input(extra: Partial<RecordsInput> = {}): RecordsInput {
  return {
    asOf: '2026-11-26',
    quarterLabel: 'Jul to Sep 2026',
    indicatorKeys: KEYS,
    reg44: [],
    reg45: [],
    figures: null,
    year: [],
    survey: [],
    overdueActions: [],
    requirements: [],
    ...extra,
  };
}

const about = (facts: ReturnType<typeof recordFacts>, key: string) =>
  facts.filter((f) => f.indicatorKey === key).map((f) => [f.text, f.ceiling]);

describe('"Your records say…": facts beside each indicator', () => {
  it('says nothing when there are no records', () => {
    expect(recordFacts(input())).toEqual([]);
  });

  it('Reg 44: open and overdue recommendations for 8.4, with the ceiling only when one is overdue', () => {
    const overdue = recordFacts(
      input({
        reg44: [
          {
            text: 'Review K’s risk plan',
            visitedOn: '2026-08-04',
            respondBy: '2026-09-01',
            respondedOn: null,
          },
          {
            text: 'Fix the garden gate',
            visitedOn: '2026-09-02',
            respondBy: '2026-12-01',
            respondedOn: null,
          },
          { text: 'Answered', visitedOn: '2026-07-02', respondBy: '2026-08-01', respondedOn: '2026-07-20' },
        ],
      }),
    );
    expect(about(overdue, 'safe.reg44')).toEqual([
      [
        'Reg 44 records: 2 recommendations are not yet answered, 1 past the timescale the independent person set (the earliest was due by 1 September 2026).',
        2,
      ],
    ]);
    const onTime = recordFacts(
      input({ reg44: [{ text: 'x', visitedOn: '2026-09-02', respondBy: '2026-12-01', respondedOn: null }] }),
    );
    expect(about(onTime, 'safe.reg44')).toEqual([
      ['Reg 44 records: 1 recommendation is not yet answered, none past its timescale.', null],
    ]);
  });

  it('Reg 45: a report sent late, or not sent after 28 days, for 8.5, counting from the completion date', () => {
    const late = recordFacts(input({ reg45: [{ completedOn: '2026-09-01', sentToOfstedOn: '2026-10-09' }] }));
    expect(about(late, 'safe.reg45')).toEqual([
      [
        'Reg 45 records: the report of the review completed on 1 September 2026 reached Ofsted on 9 October 2026, 10 days after the 28 days from completion.',
        2,
      ],
    ]);
    const unsent = recordFacts(input({ reg45: [{ completedOn: '2026-09-01', sentToOfstedOn: null }] }));
    expect(about(unsent, 'safe.reg45')[0]![1]).toBe(2);
    expect(about(unsent, 'safe.reg45')[0]![0]).toMatch(
      /the 28 days from completion ended on 29 September 2026/,
    );
    const due = recordFacts(input({ reg45: [{ completedOn: '2026-11-20', sentToOfstedOn: null }] }));
    expect(about(due, 'safe.reg45')).toEqual([
      [
        'Reg 45 records: the report of the review completed on 20 November 2026 is due to Ofsted by 18 December 2026 (28 days from completion).',
        null,
      ],
    ]);
    const onTime = recordFacts(
      input({ reg45: [{ completedOn: '2026-09-01', sentToOfstedOn: '2026-09-20' }] }),
    );
    expect(about(onTime, 'safe.reg45')[0]![1]).toBeNull();
  });

  it('figures: missing episodes, restraint, staff stability and agency share, as facts with no ceiling', () => {
    const facts = recordFacts(
      input({
        figures: {
          missingEpisodes: 3,
          childrenMissing: 1,
          returnInterviewsOffered: 2,
          returnInterviewsHeld: 1,
          returnInterviewsDeclined: 1,
          restraintIncidents: 4,
          restraintChildren: 2,
          controlMeasures: 6,
          measuresRecordedInTime: 6,
          measuresSignedInTime: 5,
          measuresChildSpokenInTime: 3,
          staffYearAgo: 9,
          staffYearAgoStillHere: 6,
          shiftsTotal: 200,
          shiftsAgency: 30,
        },
      }),
    );
    expect(about(facts, 'safe.missing-from-care')).toEqual([
      [
        'Figures for Jul to Sep 2026: 3 missing-from-care episodes, involving 1 child, a return-home interview offered for 2, 1 held within 72 hours, 1 declined by the child.',
        null,
      ],
    ]);
    expect(about(facts, 'rel.behaviour-progress')).toEqual([
      ['Figures for Jul to Sep 2026: 4 restraints, involving 2 children.', null],
      [
        'Figures for Jul to Sep 2026: 6 measures of control, discipline or restraint, 6 recorded within 24 hours, 5 staff member spoken to and record signed within 48 hours, 3 child spoken to within 5 days.',
        null,
      ],
    ]);
    expect(about(facts, 'staff.turnover')).toEqual([
      [
        'Figures for Jul to Sep 2026: staff stability 66.7% (staff in post 12 months ago still in post).',
        null,
      ],
    ]);
    expect(about(facts, 'staff.own-cover')).toEqual([
      ['Figures for Jul to Sep 2026: agency staff worked 15% of shifts.', null],
    ]);
  });

  it("survey results for the children's voice indicators, suggesting no better than the answers", () => {
    const facts = recordFacts(
      input({
        survey: [
          {
            wording: 'The adults here listen to me.',
            answered: 3,
            onGradeLine: 2,
            counts: [
              { label: 'Always', count: 0 },
              { label: 'Sometimes', count: 2 },
              { label: 'Never', count: 1 },
            ],
          },
        ],
      }),
    );
    expect(about(facts, 'voice.feedback')).toEqual([
      [
        'Young people\'s survey, Jul to Sep 2026: "The adults here listen to me." 3 young people answered (Always 0, Sometimes 2, Never 1).',
        2,
      ],
    ]);
    expect(about(facts, 'safe.reg44')).toEqual([]);
  });

  it('overdue actions linked to the indicator, and an Ofsted requirement past its date', () => {
    const facts = recordFacts(
      input({
        overdueActions: [
          {
            indicatorKey: 'work.supervision',
            title: 'Book supervision for night staff',
            dueOn: '2026-10-31',
          },
          { indicatorKey: 'not.in-this-review', title: 'Elsewhere', dueOn: '2026-10-31' },
        ],
        requirements: [
          {
            text: 'Ensure staff receive practice-related supervision.',
            regulation: 'Regulation 33(4)',
            complyBy: '2026-10-01',
            indicatorKeys: ['work.supervision'],
          },
        ],
      }),
    );
    expect(about(facts, 'work.supervision')).toEqual([
      ['Action plan: "Book supervision for night staff" was due by 31 October 2026 and is not done.', 3],
      [
        'Ofsted requirement (Regulation 33(4)), to be met by 1 October 2026: "Ensure staff receive practice-related supervision." Its actions are not all done.',
        2,
      ],
    ]);
    expect(facts.some((f) => f.indicatorKey === 'not.in-this-review')).toBe(false);
    expect(recordsCeiling(facts, 'work.supervision')).toBe(2);
    expect(recordsCeiling(facts, 'safe.reg44')).toBeNull();
  });
});

describe('a rating above what the records suggest', () => {
  it('is above only when rated higher than the ceiling; "not enough evidence" never is', () => {
    expect(aboveRecords(3, 2)).toBe(true);
    expect(aboveRecords(2, 2)).toBe(false);
    expect(aboveRecords(0, 2)).toBe(false);
    expect(aboveRecords(null, 2)).toBe(false);
    expect(aboveRecords(4, null)).toBe(false);
  });

  it('asks for one sentence before sign-off, linked to the indicator, until it is written', () => {
    const indicator = (key: string, rating: 4 | 3 | 2, recordsReason = ''): IndicatorAnswer => ({
      key,
      domainKey: 'safety',
      statement: `Statement of ${key}`,
      custom: false,
      rating,
      note: '',
      recordsReason,
      checkedSameOn: null,
      sources: [],
      otherSource: '',
      discuss: false,
      previous: null,
    });
    const facts = recordFacts(
      input({
        reg44: [{ text: 'x', visitedOn: '2026-08-04', respondBy: '2026-09-01', respondedOn: null }],
      }),
    );
    const detail = (answers: IndicatorAnswer[]) => ({ indicators: answers }) as ReviewDetail;
    const titles = { safety: 'Keeping children safe' };
    expect(missingRecordsReasons(detail([indicator('safe.reg44', 3)]), facts, titles)).toEqual([
      {
        message:
          'Keeping children safe: say in one sentence why "Statement of safe.reg44" is Good when your records suggest Requires improvement to be good.',
        domainKey: 'safety',
        indicatorKey: 'safe.reg44',
        field: 'indicator.safe.reg44.recordsReason',
      },
    ]);
    expect(missingRecordsReasons(detail([indicator('safe.reg44', 2)]), facts, titles)).toEqual([]);
    expect(
      missingRecordsReasons(
        detail([indicator('safe.reg44', 3, 'The visitor agreed the timescale can move to January.')]),
        facts,
        titles,
      ),
    ).toEqual([]);
  });
});
