import { z } from 'zod';
import type { Grade } from './framework';
import { homeDate, text } from './home-date';
import { id } from './review';
import { MIN_ANSWERS_CEILING, MIN_ANSWERS_FLOOR, type ViewsOfHallmark } from './rules/voice-rules';
import type { TalkPrompt } from './rules/voice-safety';
import { SCALES, type Scale } from './voice-scales';

export const QUESTION_SETS = ['young', 'easy', 'parents', 'placing', 'staff'] as const;
export type QuestionSet = (typeof QUESTION_SETS)[number];
export const CHILD_SETS = ['young', 'easy'] as const;
export type ChildSet = (typeof CHILD_SETS)[number];
/** Survey mode's lock carries which survey in its subject id: 1 the young people's, 2 the easy read. */
export const SURVEY_SUBJECT: Record<ChildSet, number> = { young: 1, easy: 2 };
export const surveyOfSubject = (subjectId: number | null): ChildSet => (subjectId === 2 ? 'easy' : 'young');

export const FEEDBACK_GROUPS = ['parents', 'placing', 'staff', 'reg44', 'other'] as const;
export type FeedbackGroup = (typeof FEEDBACK_GROUPS)[number];
export const FEEDBACK_HOW = ['survey', 'meeting', 'email', 'call', 'letter', 'other'] as const;
export const ANSWERED_HOW = [
  'alone',
  'with_help',
  'read_aloud',
  'pointing',
  'talking_mat',
  'observed',
] as const;

export const QUESTION_MAX = 500;
const domainKey = z.string().min(1).max(80).nullable();
const choice = z.number().int().min(0, { error: 'Choose an answer' }).max(9).nullable();

export const saveQuestionInput = z.strictObject({
  homeId: id,
  /** Absent: a new question. Present: a new version of that question. */
  id: id.optional(),
  set: z.enum(QUESTION_SETS, { error: 'Choose who the question is for' }),
  wording: text('the question').refine((s) => s.length <= QUESTION_MAX, {
    error: `The question must be ${QUESTION_MAX} characters or fewer`,
  }),
  scale: z.enum(SCALES, { error: 'Choose how it is answered' }),
  domainKey,
});

export const retireQuestionInput = z.strictObject({ id, retired: z.boolean() });

export const answerInput = z.strictObject({
  questionVersionId: id,
  choice,
  comment: text('a comment', false),
});

export const startSessionInput = z.strictObject({ homeId: id, set: z.enum(CHILD_SETS) });
export const saveAnswerInput = z.strictObject({ sessionId: id, ...answerInput.shape });

/** A paper survey typed in afterwards: all its answers at once. */
export const savePaperSurveyInput = z.strictObject({
  homeId: id,
  set: z.enum(CHILD_SETS),
  takenOn: homeDate('the date the survey was filled in'),
  how: z.enum(ANSWERED_HOW),
  answers: z.array(answerInput).max(100),
});

export const saveFeedbackInput = z
  .strictObject({
    homeId: id,
    /** Absent: new feedback. Present: a correction of that feedback, replacing what was saved. */
    id: id.optional(),
    group: z.enum(FEEDBACK_GROUPS, { error: 'Choose who the feedback is from' }),
    role: z.string().max(200, { error: 'Their role must be 200 characters or fewer' }),
    receivedOn: homeDate('the date you received it'),
    how: z.enum(FEEDBACK_HOW, { error: 'Choose how it came' }),
    said: text('what was said', false),
    domains: z.array(z.string().min(1).max(80)).max(20),
    indicators: z.array(z.string().min(1).max(80)).max(100),
    answers: z.array(answerInput).max(100),
  })
  .refine((f) => f.said.trim() !== '' || f.answers.length > 0, {
    error: 'Enter what was said',
    path: ['said'],
  });

export const deleteFeedbackInput = z.strictObject({ homeId: id, id });

export const saveYouSaidInput = z.strictObject({
  homeId: id,
  id: id.optional(),
  suggestion: text('what the young people said'),
  suggestedOn: homeDate('the date they said it'),
  weDid: text('what the home did', false),
  doneOn: homeDate('the date it was done').nullable(),
});

export const saveVoiceSettingsInput = z.strictObject({
  homeId: id,
  minAnswers: z
    .number({ error: 'Enter a whole number from 3 to 20' })
    .int({ error: 'Enter a whole number from 3 to 20' })
    .min(MIN_ANSWERS_FLOOR, {
      error: 'Enter 3 or more: results for fewer young people could identify a child',
    })
    .max(MIN_ANSWERS_CEILING, { error: 'Enter a whole number from 3 to 20' }),
  margin: z.union([z.literal(0.5), z.literal(1), z.literal(1.5), z.literal(2)], { error: 'Choose a margin' }),
});

export interface QuestionVersion {
  id: number;
  version: number;
  wording: string;
  scale: Scale;
  domainKey: string | null;
}

export interface VoiceQuestion {
  id: number;
  set: QuestionSet;
  builtinKey: string | null;
  position: number;
  retiredOn: string | null;
  /** The wording in use now (the newest version). */
  current: QuestionVersion;
  /** Every version, oldest first. */
  versions: QuestionVersion[];
  /** How many answers were given to any version. */
  answerCount: number;
}

export interface SurveyQuestion {
  versionId: number;
  wording: string;
  scale: Scale;
  /** A low answer shows who the young person can talk to before the next question (voice-safety.ts). */
  talk: TalkPrompt | null;
}

export interface StartedSession {
  sessionId: number;
  set: ChildSet;
  questions: SurveyQuestion[];
}

export interface VoiceSettings {
  minAnswers: number;
  margin: number;
}

export interface ChoiceCount {
  value: number;
  label: string;
  count: number;
}

export interface QuestionResult {
  questionId: number;
  set: ChildSet;
  /** The wordings the answers were given to, newest last. */
  wordings: string[];
  scale: Scale;
  domainKey: string | null;
  answered: number;
  /** False when fewer young people answered than the threshold: no figures are sent. */
  shown: boolean;
  counts: ChoiceCount[];
  /** The mean on the grade line, 1..4; null when hidden or nothing scored. */
  onGradeLine: number | null;
}

export interface HallmarkResult {
  domainKey: string;
  /** Young people who answered at least one of the hallmark's questions. */
  answered: number;
  shown: boolean;
  onGradeLine: number | null;
}

export interface QuarterResults {
  quarter: string;
  /** Surveys filled in (on screen and typed in from paper). */
  sessions: number;
  fromPaper: number;
  shown: boolean;
  /**
   * The worries at least one young person raised (a low answer to feeling safe, or to having an adult to
   * trust), never who or how many. Reported even while the quarter's results are hidden: keeping a child
   * safe comes before the threshold, and the wording ("at least one young person") gives no count.
   */
  worries: TalkPrompt[];
  questions: QuestionResult[];
  hallmarks: HallmarkResult[];
}

export interface VoiceResults {
  settings: VoiceSettings;
  /** Newest first. */
  quarters: QuarterResults[];
}

export interface VoiceComment {
  quarter: string;
  wording: string;
  comment: string;
}

export interface Feedback {
  id: number;
  group: FeedbackGroup;
  role: string;
  receivedOn: string;
  how: (typeof FEEDBACK_HOW)[number];
  said: string;
  domains: string[];
  indicators: string[];
  answers: {
    questionVersionId: number;
    wording: string;
    scale: Scale;
    choice: number | null;
    comment: string;
  }[];
}

export interface YouSaid {
  id: number;
  suggestion: string;
  suggestedOn: string;
  weDid: string;
  doneOn: string | null;
}

export interface TriangulationRow {
  domainKey: string;
  manager: Grade | null;
  /** The staff team's ratings of the hallmark's indicators, averaged on the grade line (1..4). */
  team: number | null;
  /** How many staff rated the hallmark's indicators in the review's rating round. */
  teamRaters: number;
  /** Staff rated it, but fewer than the meetings' minimum, so their ratings stay hidden. */
  teamHidden: boolean;
  /** The hallmark is in the review's rating round, which is still open: staff are still rating. */
  teamStillRating: boolean;
  youngPeople: number | null;
  /** Young people's answers exist but stay hidden below the threshold. */
  youngPeopleHidden: boolean;
  flagged: boolean;
  gap: number;
  /** The two views furthest apart, when at least two are present. */
  between: [keyof ViewsOfHallmark, keyof ViewsOfHallmark] | null;
}

export interface Triangulation {
  /** The quarter compared: the one asked for, else the newest review's (its surveys must be the same quarter's). */
  quarter: string | null;
  /** Whether the home has a review for the quarter. */
  reviewed: boolean;
  /** How many young people answered a survey in the quarter (0: no answers yet). */
  surveyAnswers: number;
  margin: number;
  /** The fewest staff whose ratings may be shown (the meetings' setting, never below 3). */
  teamMinRaters: number;
  rows: TriangulationRow[];
}
