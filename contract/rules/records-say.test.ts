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

describe('Reg 44 and Reg 45: when a timescale is past', () => {
  const rec = (respondBy: string | null, text = 'x') => ({
    text,
    visitedOn: '2026-08-04',
    respondBy,
    respondedOn: null,
  });

  it('a recommendation due today is not yet past its timescale', () => {
    // Today is 26 November 2026.
    expect(
      about(recordFacts(input({ reg44: [rec('2026-11-26'), rec('2027-01-10')] })), 'safe.reg44'),
    ).toEqual([['Reg 44 records: 2 recommendations are not yet answered, none past its timescale.', null]]);
  });

  it('names the earliest missed timescale, whatever order the recommendations were recorded in', () => {
    const facts = recordFacts(input({ reg44: [rec('2026-10-15'), rec('2026-09-01'), rec('2026-11-25')] }));
    expect(about(facts, 'safe.reg44')).toEqual([
      [
        'Reg 44 records: 3 recommendations are not yet answered, 3 past the timescale the independent person set (the earliest was due by 1 September 2026).',
        2,
      ],
    ]);
    expect(about(recordFacts(input({ reg44: [rec('2026-11-25')] })), 'safe.reg44')).toEqual([
      [
        'Reg 44 records: 1 recommendation is not yet answered, 1 past the timescale the independent person set (the earliest was due by 25 November 2026).',
        2,
      ],
    ]);
  });

  it('a Reg 45 report reaching Ofsted on the 28th day is in time; on the 29th it is a day late', () => {
    const sent = (sentToOfstedOn: string) =>
      about(recordFacts(input({ reg45: [{ completedOn: '2026-09-01', sentToOfstedOn }] })), 'safe.reg45');
    expect(sent('2026-09-29')).toEqual([
      [
        'Reg 45 records: the report of the review completed on 1 September 2026 reached Ofsted on 29 September 2026, within 28 days of completion.',
        null,
      ],
    ]);
    expect(sent('2026-09-30')).toEqual([
      [
        'Reg 45 records: the report of the review completed on 1 September 2026 reached Ofsted on 30 September 2026, 1 day after the 28 days from completion.',
        2,
      ],
    ]);
  });

  it('a Reg 45 report not yet sent on the 28th day is still due, not late', () => {
    const facts = recordFacts(
      input({ asOf: '2026-09-29', reg45: [{ completedOn: '2026-09-01', sentToOfstedOn: null }] }),
    );
    expect(about(facts, 'safe.reg45')).toEqual([
      [
        'Reg 45 records: the report of the review completed on 1 September 2026 is due to Ofsted by 29 September 2026 (28 days from completion).',
        null,
      ],
    ]);
  });

  it('speaks of the latest review completed by today, whatever order they were recorded in', () => {
    const late = { completedOn: '2026-09-01', sentToOfstedOn: '2026-10-09' };
    const earlier = { completedOn: '2026-03-01', sentToOfstedOn: '2026-03-10' };
    // A completion date after today is a slip of the keyboard or a plan: not a review done.
    const notYet = { completedOn: '2026-12-10', sentToOfstedOn: null };
    const facts = recordFacts(input({ reg45: [late, earlier, notYet] }));
    expect(about(facts, 'safe.reg45')).toEqual([
      [
        'Reg 45 records: the report of the review completed on 1 September 2026 reached Ofsted on 9 October 2026, 10 days after the 28 days from completion.',
        2,
      ],
    ]);
    const today = { completedOn: '2026-11-26', sentToOfstedOn: null };
    expect(about(recordFacts(input({ reg45: [earlier, today] })), 'safe.reg45')).toEqual([
      [
        'Reg 45 records: the report of the review completed on 26 November 2026 is due to Ofsted by 24 December 2026 (28 days from completion).',
        null,
      ],
    ]);
  });

  it('says nothing of Reg 44 or Reg 45 in a review without those indicators', () => {
    const facts = recordFacts(
      input({
        indicatorKeys: ['staff.turnover'],
        reg44: [rec('2026-09-01')],
        reg45: [{ completedOn: '2026-09-01', sentToOfstedOn: null }],
      }),
    );
    expect(facts).toEqual([]);
  });
});

describe('figures beside the indicators, saying only what was recorded', () => {
  const V1_KEYS = ['safe.missing', 'rel.behaviour', 'staff.turnover'];

  it('a quarter with none of these figures entered says nothing', () => {
    expect(recordFacts(input({ figures: {} }))).toEqual([]);
  });

  it('one episode, one restraint and one measure read in the singular; counts not entered are left out', () => {
    const facts = recordFacts(
      input({
        figures: {
          missingEpisodes: 1,
          restraintIncidents: 1,
          restraintChildren: 1,
          controlMeasures: 1,
          measuresRecordedInTime: 1,
        },
      }),
    );
    expect(about(facts, 'safe.missing-from-care')).toEqual([
      ['Figures for Jul to Sep 2026: 1 missing-from-care episode.', null],
    ]);
    expect(about(facts, 'rel.behaviour-progress')).toEqual([
      ['Figures for Jul to Sep 2026: 1 restraint, involving 1 child.', null],
      [
        'Figures for Jul to Sep 2026: 1 measure of control, discipline or restraint, 1 recorded within 24 hours.',
        null,
      ],
    ]);
    expect(facts).toHaveLength(3);
  });

  it('names several children in the plural', () => {
    const facts = recordFacts(input({ figures: { missingEpisodes: 4, childrenMissing: 2 } }));
    expect(about(facts, 'safe.missing-from-care')).toEqual([
      ['Figures for Jul to Sep 2026: 4 missing-from-care episodes, involving 2 children.', null],
    ]);
  });

  it("a version 1 review gets the same figures beside its own indicators, and none beside version 2's", () => {
    const facts = recordFacts(
      input({
        indicatorKeys: V1_KEYS,
        figures: { missingEpisodes: 2, restraintIncidents: 3, controlMeasures: 3 },
      }),
    );
    expect(facts.map((f) => [f.indicatorKey, f.text])).toEqual([
      ['safe.missing', 'Figures for Jul to Sep 2026: 2 missing-from-care episodes.'],
      ['rel.behaviour', 'Figures for Jul to Sep 2026: 3 restraints.'],
      ['rel.behaviour', 'Figures for Jul to Sep 2026: 3 measures of control, discipline or restraint.'],
    ]);
  });

  it('staff turnover over 12 months, once the four quarters ending with this one have their figures', () => {
    // Ten staff all year and one leaver a quarter: four leavers over an average of ten.
    const quarter = { staffAtStart: 10, staffAtEnd: 10, staffLeft: 1 };
    const facts = recordFacts(input({ figures: quarter, year: [quarter, quarter, quarter, quarter] }));
    expect(about(facts, 'staff.turnover')).toEqual([
      ['Figures for Jul to Sep 2026: staff turnover 40% over the last 12 months.', null],
    ]);
  });
});

describe("young people's answers and the action plan", () => {
  it('one young person answering reads in the singular, and a question with nothing scored suggests no ceiling', () => {
    const facts = recordFacts(
      input({
        survey: [
          {
            wording: 'What would make this a better place to live?',
            answered: 1,
            onGradeLine: null,
            counts: [{ label: 'Answered', count: 1 }],
          },
        ],
      }),
    );
    expect(about(facts, 'voice.feedback')).toEqual([
      [
        'Young people\'s survey, Jul to Sep 2026: "What would make this a better place to live?" 1 young person answered (Answered 1).',
        null,
      ],
    ]);
  });

  it('an Ofsted requirement without a regulation named, beside only the indicators in this review', () => {
    const facts = recordFacts(
      input({
        requirements: [
          {
            text: 'Ensure the home’s records of restraint are complete.',
            regulation: '',
            complyBy: '2026-10-01',
            indicatorKeys: ['rel.behaviour-progress', 'not.in-this-review'],
          },
        ],
      }),
    );
    expect(facts.map((f) => [f.indicatorKey, f.text, f.ceiling])).toEqual([
      [
        'rel.behaviour-progress',
        'Ofsted requirement, to be met by 1 October 2026: "Ensure the home’s records of restraint are complete." Its actions are not all done.',
        2,
      ],
    ]);
  });

  it('an action title over 120 characters is shortened with an ellipsis; one of 120 is shown whole', () => {
    const action = (title: string) =>
      recordFacts(
        input({ overdueActions: [{ indicatorKey: 'work.supervision', title, dueOn: '2026-10-31' }] }),
      )[0]!.text;
    expect(
      action(
        'Arrange a meeting with the placing authority, the school and each child’s social worker to agree how the school rota works next term',
      ),
    ).toBe(
      'Action plan: "Arrange a meeting with the placing authority, the school and each child’s social worker to agree how the school rota…" was due by 31 October 2026 and is not done.',
    );
    const whole =
      'Arrange a meeting with the placing authority, the school and each child’s social worker to agree the school run rota now';
    expect(action(whole)).toBe(`Action plan: "${whole}" was due by 31 October 2026 and is not done.`);
  });

  it('a figure beside an indicator does not lower the ceiling an overdue action puts on it', () => {
    const facts = recordFacts(
      input({
        figures: { staffYearAgo: 10, staffYearAgoStillHere: 9 },
        overdueActions: [{ indicatorKey: 'staff.turnover', title: 'Exit interviews', dueOn: '2026-10-31' }],
      }),
    );
    expect(about(facts, 'staff.turnover').map(([, ceiling]) => ceiling)).toEqual([null, 3]);
    expect(recordsCeiling(facts, 'staff.turnover')).toBe(3);
  });

  it('a reason of only spaces is no reason: the sentence is still asked for', () => {
    const facts = recordFacts(
      input({ reg44: [{ text: 'x', visitedOn: '2026-08-04', respondBy: '2026-09-01', respondedOn: null }] }),
    );
    const answer: IndicatorAnswer = {
      key: 'safe.reg44',
      domainKey: 'safety',
      statement: 'Recommendations are acted on',
      custom: false,
      rating: 4,
      note: '',
      recordsReason: '   ',
      checkedSameOn: null,
      sources: [],
      otherSource: '',
      discuss: false,
      previous: null,
    };
    const problems = missingRecordsReasons({ indicators: [answer] } as ReviewDetail, facts, {
      safety: 'Keeping children safe',
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Keeping children safe: say in one sentence why "Recommendations are acted on" is Outstanding when your records suggest Requires improvement to be good.',
    ]);
  });
});
