import { describe, expect, it } from 'vitest';
import type { Scale } from '../voice-scales';
import {
  earlyWarning,
  type EarlyWarningInput,
  type EarlyWarningSign,
  type Reg44RecommendationRecord,
  type SurveyRecord,
  type TeamRoundRecord,
} from './early-warning';

// The signs read from records other than the quarterly figures: appraisals, Reg 44 visits, the team's
// rating rounds and young people's surveys. Today is 16 November 2026, so the window is the four quarters
// from October 2025 to September 2026, and October to December 2026 is the quarter still running.
const AS_OF = '2026-11-16';

function home(extra: Partial<EarlyWarningInput>): EarlyWarningInput {
  return { asOf: AS_OF, figures: [], reg44: [], teamRounds: [], surveys: [], appraisals: null, ...extra };
}

const signs = (extra: Partial<EarlyWarningInput>): EarlyWarningSign[] => earlyWarning(home(extra)).signs;
const moved = (extra: Partial<EarlyWarningInput>): string[] => signs(extra).map((s) => s.moved);

describe('appraisals slipping', () => {
  it('names the sign, says how many staff are past the year, and links to the dates that must not slip', () => {
    expect(signs({ appraisals: { inPost: 6, late: 3 } })).toEqual([
      {
        kind: 'appraisals',
        title: 'Appraisals slipping',
        moved: '3 of the 6 staff in post are past a year since their last appraisal (or since they started).',
        link: '#/inspections/calendar',
        linkText: 'Dates that must not slip',
      },
    ]);
  });
});

describe('Reg 44 concerns repeated', () => {
  const visit = (visitedOn: string, text: string, topic: Reg44RecommendationRecord['topic'] = null) => ({
    visitedOn,
    text,
    topic,
  });
  const risk = { key: 'safe.risks', label: '8.1 Risks to each child' };

  it('lists each repeated subject with its visits in date order, however they were recorded', () => {
    const [sign] = signs({
      reg44: [
        visit('2026-08-20', 'Risk plans are out of date', risk),
        visit('2026-02-03', 'Fix the garden gate'),
        visit('2026-05-14', 'Update K’s risk plan', risk),
        visit('2026-09-09', 'fix the garden gate'),
        visit('2026-01-12', 'Review the fire drill log'),
      ],
    });
    expect(sign).toEqual({
      kind: 'reg44',
      title: 'Reg 44 concerns repeated',
      moved:
        'The independent visitor recommended action on the same subject more than once: 8.1 Risks to each child at 2 visits (14 May 2026, 20 August 2026); “Fix the garden gate” at 2 visits (3 February 2026, 9 September 2026).',
      link: '#/inspections/reg44',
      linkText: 'Reg 44 visits',
    });
  });

  it('counts a visit on the first day of the window and one made today; not one the day before, nor one dated after today', () => {
    const gate = (...dates: string[]) => dates.map((d) => visit(d, 'Fix the garden gate'));
    // 1 October 2025 opens the window; 16 November 2026 is today.
    expect(moved({ reg44: gate('2025-10-01', '2026-11-16') })).toEqual([
      'The independent visitor recommended action on the same subject more than once: “Fix the garden gate” at 2 visits (1 October 2025, 16 November 2026).',
    ]);
    expect(signs({ reg44: gate('2025-09-30', '2026-03-01') })).toEqual([]);
    // A visit dated after today is a slip of the keyboard, not a second visit.
    expect(signs({ reg44: gate('2026-03-01', '2026-11-17') })).toEqual([]);
  });

  it('quotes a long recommendation shortened to about 80 characters, and one of 80 whole', () => {
    const long =
      'Make sure every member of staff on the night rota has read and signed all of the missing-from-care protocol';
    expect(moved({ reg44: [visit('2026-02-03', long), visit('2026-06-03', long)] })).toEqual([
      'The independent visitor recommended action on the same subject more than once: “Make sure every member of staff on the night rota has read and signed all of…” at 2 visits (3 February 2026, 3 June 2026).',
    ]);
    const eighty = 'Ask the local authority for the risk assessment before the next placement starts';
    expect(moved({ reg44: [visit('2026-02-03', eighty), visit('2026-06-03', eighty)] })[0]).toContain(
      `“${eighty}” at 2 visits`,
    );
  });
});

describe("the team's ratings drifting below the manager's", () => {
  const round = (
    quarter: string,
    reviewId: number,
    belowManager: number,
    compared = 40,
  ): TeamRoundRecord => ({
    quarter,
    reviewId,
    compared,
    belowManager,
  });

  it('compares the earliest round in the window with the latest, whatever order they come in', () => {
    const [sign] = signs({
      teamRounds: [round('2026-Q1', 2, 2), round('2026-Q3', 4, 4), round('2025-Q4', 1, 1)],
    });
    expect(sign).toEqual({
      kind: 'team',
      title: "Team's ratings drifting below yours",
      moved:
        "The team's ratings were a grade or more below yours on 4 indicators in Jul to Sep 2026, against 1 in Oct to Dec 2025: 3 more.",
      link: '#/team/meeting/4',
      linkText: 'Team meeting for Jul to Sep 2026',
    });
  });

  it('leaves out a round of the quarter still running', () => {
    expect(signs({ teamRounds: [round('2025-Q4', 1, 1), round('2026-Q4', 5, 6)] })).toEqual([]);
  });

  it('leaves out a round where too few rated for any indicator to be compared', () => {
    // Against the October round's 0 it would be 3 more; the first round that compared anything had 2.
    expect(
      signs({ teamRounds: [round('2025-Q4', 1, 0, 0), round('2026-Q1', 2, 2), round('2026-Q3', 4, 3)] }),
    ).toEqual([]);
  });
});

describe("young people's answers falling", () => {
  const question = (
    counts: number[],
    extra: Partial<SurveyRecord['questions'][number]> = {},
  ): SurveyRecord['questions'][number] => ({
    questionId: 1,
    wording: 'I feel safe here',
    scale: 'faces3' as Scale,
    shown: true,
    counts: counts.map((count, value) => ({ value, label: String(value), count })),
    ...extra,
  });
  const survey = (quarter: string, ...questions: SurveyRecord['questions']): SurveyRecord => ({
    quarter,
    shown: true,
    questions,
  });
  // Four happy faces, then one happy, one in between and two sad: more than one young person's answers moved.
  const happy = [4, 0, 0];
  const sad = [1, 1, 2];

  it('compares the earliest survey with the latest, whatever order they come in, and links to the answers', () => {
    const [sign] = signs({
      surveys: [
        survey('2026-Q4', question(sad)),
        survey('2026-Q2', question(sad)),
        survey('2026-Q1', question(happy)),
      ],
    });
    expect(sign).toEqual({
      kind: 'survey',
      title: "Young people's answers falling",
      moved: 'Less positive in Oct to Dec 2026 than in Jan to Mar 2026: “I feel safe here”.',
      link: '#/voice',
      linkText: "Young people's answers",
    });
    // Three surveys with the falling one in the middle: the latest is compared, and it is back where it was.
    expect(
      signs({
        surveys: [
          survey('2026-Q1', question(happy)),
          survey('2026-Q2', question(sad)),
          survey('2026-Q3', question(happy)),
        ],
      }),
    ).toEqual([]);
  });

  it('counts a survey from the first quarter of the window, but not one before it or one not yet begun', () => {
    expect(
      moved({ surveys: [survey('2025-Q4', question(happy)), survey('2026-Q3', question(sad))] }),
    ).toEqual(['Less positive in Jul to Sep 2026 than in Oct to Dec 2025: “I feel safe here”.']);
    expect(
      signs({ surveys: [survey('2025-Q3', question(happy)), survey('2026-Q3', question(sad))] }),
    ).toEqual([]);
    expect(
      signs({ surveys: [survey('2026-Q1', question(happy)), survey('2027-Q1', question(sad))] }),
    ).toEqual([]);
  });

  it('compares a question only with itself on the same scale', () => {
    // A different question that fell is not this one falling.
    expect(
      signs({
        surveys: [
          survey('2026-Q1', question(happy), question(sad, { questionId: 2, wording: 'I like the food' })),
          survey('2026-Q3', question(happy), question(sad, { questionId: 2, wording: 'I like the food' })),
        ],
      }),
    ).toEqual([]);
    expect(
      signs({
        surveys: [
          survey('2026-Q1', question(happy, { questionId: 2 })),
          survey('2026-Q3', question(sad, { questionId: 3 })),
        ],
      }),
    ).toEqual([]);
    // The same question moved from faces to Always..Never is asked differently: no comparison.
    expect(
      signs({
        surveys: [
          survey('2026-Q1', question(happy)),
          survey('2026-Q3', question([0, 0, 1, 3], { scale: 'f4' })),
        ],
      }),
    ).toEqual([]);
  });

  it('never compares a question with too few answers to show, in either survey, nor one first asked in the latest', () => {
    const hidden = { shown: false };
    expect(
      signs({ surveys: [survey('2026-Q1', question(happy, hidden)), survey('2026-Q3', question(sad))] }),
    ).toEqual([]);
    expect(
      signs({ surveys: [survey('2026-Q1', question(happy)), survey('2026-Q3', question(sad, hidden))] }),
    ).toEqual([]);
    expect(
      signs({
        surveys: [
          survey('2026-Q1', question(happy)),
          survey('2026-Q3', question(happy), question(sad, { questionId: 9, wording: 'New question' })),
        ],
      }),
    ).toEqual([]);
  });

  it('quotes each falling question tidily: no spaces round it, no closing punctuation, a full stop kept inside', () => {
    const listen = '  Do the adults here listen to you, e.g. about worries?!  ';
    expect(
      moved({
        surveys: [
          survey('2026-Q1', question(happy), question(happy, { questionId: 2, wording: listen })),
          survey('2026-Q3', question(sad), question(sad, { questionId: 2, wording: listen })),
        ],
      }),
    ).toEqual([
      'Less positive in Jul to Sep 2026 than in Jan to Mar 2026: “I feel safe here”, “Do the adults here listen to you, e.g. about worries”.',
    ]);
  });
});
