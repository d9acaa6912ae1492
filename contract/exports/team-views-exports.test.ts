import { describe, expect, it } from 'vitest';
import { csvText, parseCsv } from './csv';
import type { AgendaIndicator, TeamMeeting } from '../team-meeting';
import { spreadOf } from '../rules/team-rules';
import {
  agreedRatingsCsv,
  childrensViewsCsv,
  meetingsCsv,
  othersViewsCsv,
  teamAgreementCsv,
  teamSpreadCsv,
  youSaidCsv,
} from './team-views-exports';
import type { Feedback, QuarterResults, QuestionResult, VoiceResults } from '../voice';

const HOSTILE = '=SUM(A1) <script>alert("x")</script> 🙂, "quoted"\nsecond line';

/** Parses a file into its header and rows as objects keyed by column name. */
function read(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  return {
    header: header!,
    rows: rows.map((row) => Object.fromEntries(header!.map((h, n) => [h, csvText(row[n] ?? '')]))),
  };
}

const indicator = (over: Partial<AgendaIndicator> = {}): AgendaIndicator => ({
  key: 'safe.missing-from-care',
  number: '8.4',
  statement: 'Children who go missing are found and helped',
  manager: 3,
  own: 3,
  previous: 2,
  raters: 6,
  spread: spreadOf([1, 2, 1, 3, 1, 2]),
  flag: null,
  agreed: [],
  ...over,
});

const meeting = (over: Partial<TeamMeeting> = {}): TeamMeeting => ({
  reviewId: 1,
  homeId: 1,
  quarter: '2026-Q2',
  reviewStatus: 'completed',
  round: {
    id: 1,
    reviewId: 1,
    homeId: 1,
    quarter: '2026-Q2',
    domainKeys: [],
    sheets: 6,
    fromPaper: 2,
    named: ['Zed Rater'],
    closed: true,
    onPhones: false,
  },
  settings: { minRaters: 3, flagMargin: 1 },
  items: [
    {
      id: 'indicator:safe.missing-from-care',
      reasons: ['spread'],
      title: '8.4 Children who go missing are found and helped',
      note: '',
      indicator: indicator({
        agreed: [
          {
            rating: 2,
            earlier: 3,
            reasoning: 'Not offered in time.',
            agreedAt: '2026-07-06T09:00:00.000Z',
            meetingOn: null,
          },
          {
            rating: 1,
            earlier: 2,
            reasoning: HOSTILE,
            agreedAt: '2026-06-30T23:30:00.000Z',
            meetingOn: null,
          },
        ],
      }),
    },
    {
      id: 'action:4',
      reasons: ['overdue'],
      title: 'Fix the rota',
      note: '',
      action: { id: 4, owner: 'Jo', dueOn: '2026-05-01' },
    },
  ],
  heldOn: '2026-07-03',
  attendees: 'Priya Shah, Sam Reid, Amira Hussain',
  notes: HOSTILE,
  ...over,
});

describe('the team meetings file', () => {
  it('has one row per recorded meeting, with attendance, private raters and agreements counted', () => {
    const { header, rows } = read(
      meetingsCsv([meeting(), meeting({ reviewId: 2, quarter: '2026-Q3', heldOn: null, round: null })]),
    );
    expect(header).toEqual([
      'Meeting held on',
      'Quarter reviewed',
      'Who attended',
      'Rated in private',
      'Of them on paper',
      'Ratings agreed',
      'Notes',
    ]);
    expect(rows).toEqual([
      {
        'Meeting held on': '2026-07-03',
        'Quarter reviewed': '2026-Q2',
        'Who attended': 'Priya Shah, Sam Reid, Amira Hussain',
        'Rated in private': '6',
        'Of them on paper': '2',
        'Ratings agreed': '2',
        Notes: HOSTILE,
      },
    ]);
    // The names of who rated on screen are never in any meeting file.
    for (const file of [meetingsCsv, agreedRatingsCsv, teamSpreadCsv]) {
      expect(file([meeting()])).not.toContain('Zed Rater');
    }
  });
});

describe('the agreed ratings file', () => {
  it('gives each agreement in the order made, with ratings in numbers and words, dated by the home’s day', () => {
    const { header, rows } = read(agreedRatingsCsv([meeting()]));
    expect(header).toContain('Rating before in words');
    expect(rows.map((r) => [r['Agreed on'], r['Rating before'], r['Agreed rating in words']])).toEqual([
      // 23:30 UTC on 30 June is 00:30 BST on 1 July, the home's date.
      ['2026-07-01', '2', 'Inadequate'],
      ['2026-07-06', '3', 'Requires improvement to be good'],
    ]);
    expect(rows[0]).toMatchObject({
      'Meeting held on': '2026-07-03',
      'Quarter reviewed': '2026-Q2',
      'Indicator number': '8.4',
      'Indicator key': 'safe.missing-from-care',
      'Rating before in words': 'Requires improvement to be good',
      'Agreed rating': '1',
      Reason: HOSTILE,
    });
  });
  it('dates an agreement by its meeting once the meeting’s record gives the date, not the day it was typed', () => {
    const late = meeting({
      heldOn: '2026-07-03',
      items: [
        {
          id: 'indicator:safe.missing-from-care',
          reasons: ['agreed'],
          title: '8.4',
          note: '',
          indicator: indicator({
            agreed: [
              {
                rating: 2,
                earlier: 3,
                reasoning: 'Typed up the following week.',
                agreedAt: '2026-07-10T09:00:00.000Z',
                meetingOn: '2026-07-03',
              },
            ],
          }),
        },
      ],
    });
    const { rows } = read(agreedRatingsCsv([late]));
    expect(rows.map((r) => [r['Meeting held on'], r['Agreed on']])).toEqual([['2026-07-03', '2026-07-03']]);
  });
});

describe('the team ratings spread file', () => {
  it('gives the counts per grade of an ended round, in the meeting page’s words', () => {
    const { header, rows } = read(teamSpreadCsv([meeting()]));
    expect(header).toEqual([
      'Meeting held on',
      'Quarter reviewed',
      'Indicator number',
      'Indicator key',
      'Indicator',
      'People who rated',
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
      'Don’t know',
      'Middle rating',
      'Spread',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'People who rated': '6',
      Outstanding: '0',
      Good: '1',
      'Requires improvement': '2',
      Inadequate: '3',
      'Don’t know': '0',
      'Middle rating': 'Inadequate',
      Spread: 'Mixed: two grades apart',
    });
  });

  it('gives no rows at all while a round is still open, nor without a round', () => {
    const open = meeting();
    open.round = { ...open.round!, closed: false };
    expect(parseCsv(teamSpreadCsv([open, meeting({ round: null })]))).toHaveLength(1);
  });

  it('shows no counts from fewer than five raters outside the meeting, even where the meeting showed them', () => {
    const four = meeting({
      items: [
        {
          id: 'i',
          reasons: ['spread'],
          title: 't',
          note: '',
          indicator: indicator({ raters: 4, spread: spreadOf([2, 4, 4, 4]) }),
        },
      ],
    });
    const { rows } = read(teamSpreadCsv([four]));
    expect(rows).toEqual([
      expect.objectContaining({
        'People who rated': '4',
        Outstanding: '',
        Good: '',
        'Requires improvement': '',
        'Middle rating': '',
        Spread: 'Not shown: fewer than 5 people rated',
      }),
    ]);
    // A higher setting in the meeting raises the bar here too.
    const strict = read(teamSpreadCsv([meeting({ settings: { minRaters: 7, flagMargin: 1 } })]));
    expect(strict.rows[0]).toMatchObject({ Good: '', Spread: 'Not shown: fewer than 7 people rated' });
  });
});

describe('the team agreement file', () => {
  it('has a row per hallmark and quarter that has a label, in words', () => {
    const { rows } = read(
      teamAgreementCsv({
        quarters: ['2026-Q1', '2026-Q2'],
        domains: [
          {
            key: 'staffing',
            number: 2,
            title: 'Staffing',
            labels: { '2026-Q2': 'mixed' },
            counts: { '2026-Q2': { indicators: 4, split: 0, mixed: 1, 'evidence-gap': 0 } },
          },
        ],
      }),
    );
    expect(rows).toEqual([{ Hallmark: '2. Staffing', Quarter: '2026-Q2', 'Team agreement': 'Mixed' }]);
  });
});

const question = (over: Partial<QuestionResult> = {}): QuestionResult => ({
  questionId: 1,
  set: 'young',
  wordings: ['I feel safe here.', 'I feel safe living here.'],
  scale: 'f4',
  domainKey: 'safety',
  answered: 4,
  shown: true,
  counts: [
    { value: 0, label: 'Always', count: 3 },
    { value: 1, label: 'Most of the time', count: 1 },
  ],
  onGradeLine: 3.6,
  ...over,
});

const quarter = (over: Partial<QuarterResults> = {}): QuarterResults => ({
  quarter: '2026-Q2',
  sessions: 4,
  fromPaper: 4,
  shown: true,
  worries: [],
  questions: [question(), question({ questionId: 9, scale: 'open', wordings: ['Best thing?'], counts: [] })],
  hallmarks: [],
  ...over,
});

describe('the children’s views file', () => {
  it('gives the counts per answer of a quarter the screen shows, and no written comment', () => {
    const results: VoiceResults = { settings: { minAnswers: 3, margin: 1 }, quarters: [quarter()] };
    const { header, rows } = read(childrensViewsCsv(results));
    expect(header).toEqual([
      'Quarter',
      'Survey',
      'Question',
      'Young people who answered',
      'Answer',
      'Count',
      'Note',
    ]);
    expect(
      rows.map((r) => [r.Survey, r.Question, r['Young people who answered'], r.Answer, r.Count]),
    ).toEqual([
      ['Young people', 'I feel safe living here.', '4', 'Always', '3'],
      ['Young people', 'I feel safe living here.', '4', 'Most of the time', '1'],
    ]);
  });

  it('gives a quarter below the threshold one row saying so, and no count', () => {
    const hidden = quarter({
      quarter: '2026-Q3',
      sessions: 2,
      shown: false,
      questions: [question({ answered: 2, shown: false, counts: [] })],
    });
    const text = childrensViewsCsv({ settings: { minAnswers: 3, margin: 1 }, quarters: [hidden, quarter()] });
    const { rows } = read(text);
    const q3 = rows.filter((r) => r.Quarter === '2026-Q3');
    expect(q3).toEqual([
      {
        Quarter: '2026-Q3',
        Survey: '',
        Question: '',
        'Young people who answered': '',
        Answer: '',
        Count: '',
        Note: 'Results withheld: fewer than 3 young people answered, so no child can be identified',
      },
    ]);
    // Oldest first.
    expect(rows.map((r) => r.Quarter)).toEqual(['2026-Q2', '2026-Q2', '2026-Q3']);
  });

  it('never shows more than the threshold allows, even if counts were sent by mistake', () => {
    // Five answered against a setting of six: withheld, whatever the flags say.
    const leaky = quarter({ sessions: 5, questions: [question({ answered: 5 })] });
    const { rows } = read(childrensViewsCsv({ settings: { minAnswers: 6, margin: 1 }, quarters: [leaky] }));
    expect(rows).toEqual([
      expect.objectContaining({ Count: '', Note: expect.stringMatching(/^Results withheld: fewer than 6 /) }),
    ]);
    // A question two answered, wrongly flagged as shown with its counts: withheld all the same.
    const oneQuestion = quarter({ questions: [question({ answered: 2 })] });
    const one = read(childrensViewsCsv({ settings: { minAnswers: 3, margin: 1 }, quarters: [oneQuestion] }));
    expect(one.rows).toEqual([
      expect.objectContaining({
        Count: '',
        Answer: '',
        Note: 'Withheld: fewer than 3 young people answered it',
      }),
    ]);
  });
});

const feedback = (over: Partial<Feedback> = {}): Feedback => ({
  id: 1,
  group: 'placing',
  role: 'Social worker',
  receivedOn: '2026-08-08',
  how: 'email',
  said: HOSTILE,
  domains: ['education'],
  indicators: ['edu.schools'],
  answers: [],
  ...over,
});

describe('the others’ views file', () => {
  it('gives each view in the app’s words, oldest first, with hallmarks by name', () => {
    const framework = {
      domains: [
        {
          key: 'education',
          number: 5,
          title: 'Education',
          indicators: [{ key: 'edu.schools', statement: 'Schools work with us' }],
        },
      ],
    } as unknown as Parameters<typeof othersViewsCsv>[1];
    const { rows } = read(
      othersViewsCsv(
        [
          feedback(),
          feedback({
            id: 2,
            group: 'parents',
            how: 'call',
            receivedOn: '2026-08-03',
            said: '',
            domains: [],
            indicators: [],
          }),
        ],
        framework,
      ),
    );
    expect(rows.map((r) => [r['Received on'], r.From, r['How it came']])).toEqual([
      ['2026-08-03', 'Parent or family member', 'Phone call'],
      ['2026-08-08', 'Placing authority (social worker or IRO)', 'Email'],
    ]);
    expect(rows[1]).toMatchObject({
      'What was said': HOSTILE,
      'Hallmarks and indicators': '5. Education; Schools work with us',
      'Questionnaire answers': '0',
    });
  });
});

describe('the you said, we did file', () => {
  it('says whether each suggestion is done, as the page does', () => {
    const { rows } = read(
      youSaidCsv([
        { id: 2, suggestion: HOSTILE, suggestedOn: '2026-09-01', weDid: '  ', doneOn: null },
        {
          id: 1,
          suggestion: 'Faster Wi-Fi',
          suggestedOn: '2026-04-01',
          weDid: 'A second box',
          doneOn: '2026-05-01',
        },
      ]),
    );
    expect(rows).toEqual([
      {
        'You said': 'Faster Wi-Fi',
        'Said on': '2026-04-01',
        'We did': 'A second box',
        'Done on': '2026-05-01',
        'Where it stands': 'Done',
      },
      {
        'You said': HOSTILE,
        'Said on': '2026-09-01',
        'We did': '  ',
        'Done on': '',
        'Where it stands': 'Still to do',
      },
    ]);
  });
});

/** A meeting whose agenda holds just these indicators. */
const meetingOn = (...indicators: AgendaIndicator[]) =>
  meeting({
    items: indicators.map((i) => ({
      id: `indicator:${i.key}`,
      reasons: ['spread'],
      title: i.number,
      note: '',
      indicator: i,
    })),
  });

describe('the team files, cell by cell', () => {
  it('counts no private raters for a meeting held without a rating round', () => {
    const { rows } = read(meetingsCsv([meeting({ round: null })]));
    expect(rows.map((r) => [r['Rated in private'], r['Of them on paper']])).toEqual([['0', '0']]);
  });

  it('names every column of the agreed ratings, and leaves the words blank where there was no rating before', () => {
    const first = meetingOn(
      indicator({
        agreed: [
          {
            rating: 3,
            earlier: null,
            reasoning: 'New indicator',
            agreedAt: '2026-07-03T10:00:00.000Z',
            meetingOn: null,
          },
        ],
      }),
    );
    const { header, rows } = read(agreedRatingsCsv([first]));
    expect(header).toEqual([
      'Meeting held on',
      'Quarter reviewed',
      'Agreed on',
      'Indicator number',
      'Indicator key',
      'Indicator',
      'Rating before',
      'Rating before in words',
      'Agreed rating',
      'Agreed rating in words',
      'Reason',
    ]);
    expect(rows).toEqual([
      {
        'Meeting held on': '2026-07-03',
        'Quarter reviewed': '2026-Q2',
        'Agreed on': '2026-07-03',
        'Indicator number': '8.4',
        'Indicator key': 'safe.missing-from-care',
        Indicator: 'Children who go missing are found and helped',
        'Rating before': '',
        'Rating before in words': '',
        'Agreed rating': '3',
        'Agreed rating in words': 'Good',
        Reason: 'New indicator',
      },
    ]);
  });

  it('leaves out an indicator nobody rated, and says when everyone said they don’t know', () => {
    const unrated = indicator({ key: 'lead.visible', number: '1.1', raters: 0, spread: spreadOf([]) });
    const unknown = indicator({ raters: 5, spread: spreadOf([0, 0, 0, 0, 0]) });
    const { rows } = read(teamSpreadCsv([meetingOn(unrated, unknown)]));
    expect(rows).toEqual([
      expect.objectContaining({
        'Indicator key': 'safe.missing-from-care',
        'Don’t know': '5',
        'Middle rating': 'None: all said they don’t know',
      }),
    ]);
  });
});

describe('the children’s views file, question by question', () => {
  it('never gives a row for an open question, even one too few answered', () => {
    const open = question({
      questionId: 9,
      scale: 'open',
      wordings: ['Best thing?'],
      answered: 1,
      shown: false,
      counts: [],
    });
    const { rows } = read(
      childrensViewsCsv({
        settings: { minAnswers: 3, margin: 1 },
        quarters: [quarter({ questions: [open] })],
      }),
    );
    expect(rows).toEqual([]);
  });

  it('words a question as it was last asked', () => {
    const reworded = question({
      wordings: ['I feel safe.', 'I feel safe here.', 'I feel safe living here.'],
    });
    const { rows } = read(
      childrensViewsCsv({
        settings: { minAnswers: 3, margin: 1 },
        quarters: [quarter({ questions: [reworded] })],
      }),
    );
    expect(rows.map((r) => r.Question)).toEqual(['I feel safe living here.', 'I feel safe living here.']);
  });
});

describe('the views files’ order and names', () => {
  it('lists views oldest first, then in the order recorded, and by their keys without a framework', () => {
    const { header, rows } = read(
      othersViewsCsv(
        [
          feedback({ id: 3, receivedOn: '2026-08-01' }),
          feedback({ id: 2, receivedOn: '2026-08-01', domains: [], indicators: [] }),
          feedback({ id: 1, receivedOn: '2026-08-09', domains: [], indicators: [] }),
          feedback({ id: 4, receivedOn: '2026-07-30', domains: [], indicators: [] }),
        ],
        null,
      ),
    );
    expect(header).toEqual([
      'Received on',
      'From',
      'Their role',
      'How it came',
      'What was said',
      'Questionnaire answers',
      'Hallmarks and indicators',
    ]);
    expect(rows.map((r) => [r['Received on'], r['Hallmarks and indicators']])).toEqual([
      ['2026-07-30', ''],
      ['2026-08-01', ''],
      ['2026-08-01', 'education; edu.schools'],
      ['2026-08-09', ''],
    ]);
  });

  it('lists suggestions oldest first, then in the order recorded', () => {
    const said = (id: number, suggestedOn: string) => ({
      id,
      suggestion: `No. ${id}`,
      suggestedOn,
      weDid: '',
      doneOn: null,
    });
    const { rows } = read(
      youSaidCsv([
        said(3, '2026-05-01'),
        said(2, '2026-05-01'),
        said(1, '2026-06-01'),
        said(4, '2026-04-01'),
      ]),
    );
    expect(rows.map((r) => r['You said'])).toEqual(['No. 4', 'No. 2', 'No. 3', 'No. 1']);
  });
});
