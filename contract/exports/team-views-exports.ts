/**
 * The spreadsheets of team meetings and of everyone's views: pure functions over what the read
 * operations return (meeting.list, meeting.agreement, voice.results, voice.feedback, voice.youSaid).
 * Nothing here sees who rated what or one young person's answers: the spread and the survey counts
 * come only where the screens show them, and never with a looser threshold.
 */
import { toCsv } from './csv';
import type { Framework } from '../framework';
import { ratingLabel } from '../rules/judgements';
import type { TeamAgreement } from '../team-agreement';
import { AGREEMENT_WORDS } from '../team-agreement';
import { agreedOn, type TeamMeeting } from '../team-meeting';
import { GRADE_WORDS, SPREAD_WORDS, spreadShown } from '../rules/team-rules';
import type { Feedback, VoiceResults, YouSaid } from '../voice';
import { GROUP_NAMES, HOW_NAMES, SET_NAMES } from '../voice-labels';
import { canShowResult, effectiveThreshold } from '../rules/voice-rules';

/**
 * Outside the meeting (history, printouts, Reg 45) a spread is shown only from five raters
 * (voice-meetings-reports brief, 2.3), or from the meeting's own setting when that is higher.
 */
export const OUTSIDE_MEETING_MIN_RATERS = 5;

const GRADES = [4, 3, 2, 1, 0] as const;

/** One row per recorded meeting: when, which quarter, who came, how many rated privately, what was agreed. */
export function meetingsCsv(meetings: TeamMeeting[]): string {
  const header = [
    'Meeting held on',
    'Quarter reviewed',
    'Who attended',
    'Rated in private',
    'Of them on paper',
    'Ratings agreed',
    'Notes',
  ];
  const rows = meetings
    .filter((m) => m.heldOn !== null)
    .map((m) => [
      m.heldOn,
      m.quarter,
      m.attendees,
      m.round?.sheets ?? 0,
      m.round?.fromPaper ?? 0,
      m.items.reduce((n, item) => n + (item.indicator?.agreed.length ?? 0), 0),
      m.notes,
    ]);
  return toCsv(header, rows);
}

/**
 * One row per rating the team agreed (every agreement, re-agreements included), as the minutes print it:
 * each dated by the meeting it was agreed in, and by the home's day it was typed only before that is known.
 */
export function agreedRatingsCsv(meetings: TeamMeeting[]): string {
  const header = [
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
  ];
  const rows = meetings.flatMap((m) =>
    m.items
      .flatMap((item) =>
        item.indicator ? item.indicator.agreed.map((a) => ({ i: item.indicator!, a })) : [],
      )
      .sort((x, y) => x.a.agreedAt.localeCompare(y.a.agreedAt))
      .map(({ i, a }) => [
        m.heldOn,
        m.quarter,
        agreedOn(a), // the meeting's date once recorded, not the day it was typed
        i.number,
        i.key,
        i.statement,
        a.earlier,
        a.earlier === null ? null : ratingLabel(a.earlier),
        a.rating,
        ratingLabel(a.rating),
        a.reasoning,
      ]),
  );
  return toCsv(header, rows);
}

/**
 * Per ended rating round, per indicator the meeting showed: how many gave each grade. A round still open
 * gives no rows at all, and a spread from fewer raters than the threshold gives a row without counts.
 */
export function teamSpreadCsv(meetings: TeamMeeting[]): string {
  const header = [
    'Meeting held on',
    'Quarter reviewed',
    'Indicator number',
    'Indicator key',
    'Indicator',
    'People who rated',
    ...GRADES.map((g) => GRADE_WORDS[g]),
    'Middle rating',
    'Spread',
  ];
  const rows = meetings
    .filter((m) => m.round?.closed === true)
    .flatMap((m) => {
      const least = Math.max(OUTSIDE_MEETING_MIN_RATERS, m.settings.minRaters);
      return m.items.flatMap(({ indicator: i }) => {
        if (!i || i.raters === 0) return [];
        const start = [m.heldOn, m.quarter, i.number, i.key, i.statement, i.raters];
        const spread = i.spread;
        if (!spread || !spreadShown(spread.raters, least)) {
          return [[...start, ...GRADES.map(() => null), null, `Not shown: fewer than ${least} people rated`]];
        }
        return [
          [
            ...start,
            ...GRADES.map((g) => spread.counts[g]),
            spread.median === null ? 'None: all said they don’t know' : GRADE_WORDS[spread.median],
            spread.label ? SPREAD_WORDS[spread.label] : null,
          ],
        ];
      });
    });
  return toCsv(header, rows);
}

/** The team's agreement per hallmark and quarter, as the dashboard and the inspection pack show it. */
export function teamAgreementCsv(agreement: TeamAgreement): string {
  const rows = agreement.domains.flatMap((d) =>
    agreement.quarters
      .filter((q) => d.labels[q] !== undefined)
      .map((q) => [`${d.number}. ${d.title}`, q, AGREEMENT_WORDS[d.labels[q]!]]),
  );
  return toCsv(['Hallmark', 'Quarter', 'Team agreement'], rows);
}

/**
 * Young people's answers per quarter and question, one row per answer, only where the Children's views
 * screen shows them. A quarter, or a question, below the threshold gets one row saying so and no count.
 * Written comments are the manager's alone and never appear here.
 */
export function childrensViewsCsv(results: VoiceResults): string {
  const least = effectiveThreshold(results.settings.minAnswers);
  const header = ['Quarter', 'Survey', 'Question', 'Young people who answered', 'Answer', 'Count', 'Note'];
  const rows = [...results.quarters]
    .sort((a, b) => a.quarter.localeCompare(b.quarter))
    .flatMap((q) => {
      if (!q.shown || !canShowResult(q.sessions, results.settings.minAnswers)) {
        const note = `Results withheld: fewer than ${least} young people answered, so no child can be identified`;
        return [[q.quarter, null, null, null, null, null, note]];
      }
      return q.questions
        .filter((r) => r.scale !== 'open')
        .flatMap((r) => {
          const start = [q.quarter, SET_NAMES[r.set], r.wordings.at(-1) ?? null];
          if (!r.shown || !canShowResult(r.answered, results.settings.minAnswers)) {
            return [[...start, null, null, null, `Withheld: fewer than ${least} young people answered it`]];
          }
          return r.counts.map((c) => [...start, r.answered, c.label, c.count, null]);
        });
    });
  return toCsv(header, rows);
}

/** Hallmark titles and indicator statements by key, for the views each feedback concerns. */
function concernNames(framework: Framework | null) {
  const names = new Map<string, string>();
  for (const d of framework?.domains ?? []) {
    names.set(d.key, `${d.number}. ${d.title}`);
    for (const i of d.indicators) names.set(i.key, i.statement);
  }
  return (key: string) => names.get(key) ?? key;
}

/**
 * One row per view recorded from parents, placing authorities, staff and others, oldest first: what was
 * said as stored. Questionnaire answers are counted, not listed: they stay on the Others’ views page.
 */
export function othersViewsCsv(feedback: Feedback[], framework: Framework | null): string {
  const name = concernNames(framework);
  const header = [
    'Received on',
    'From',
    'Their role',
    'How it came',
    'What was said',
    'Questionnaire answers',
    'Hallmarks and indicators',
  ];
  const rows = [...feedback]
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id)
    .map((f) => [
      f.receivedOn,
      GROUP_NAMES[f.group],
      f.role,
      HOW_NAMES[f.how],
      f.said,
      f.answers.length,
      [...f.domains, ...f.indicators].map(name).join('; '),
    ]);
  return toCsv(header, rows);
}

/** "You said, we did": each suggestion, what the home did, and whether it is done, oldest first. */
export function youSaidCsv(entries: YouSaid[]): string {
  const header = ['You said', 'Said on', 'We did', 'Done on', 'Where it stands'];
  const rows = [...entries]
    .sort((a, b) => a.suggestedOn.localeCompare(b.suggestedOn) || a.id - b.id)
    .map((e) => [
      e.suggestion,
      e.suggestedOn,
      e.weDid,
      e.doneOn,
      // The page's own headings: an entry is done once what the home did is written down.
      e.weDid.trim() === '' ? 'Still to do' : 'Done',
    ]);
  return toCsv(header, rows);
}
