import { z } from 'zod';
import type { Grade, Rating, SccifArea } from './framework';
import { contractNow } from './clock';
import { dateRangeProblem, QUARTER_PATTERN, quarterRangeProblem } from './rules/quarters';

export const NOTE_MAX = 100_000;
export const STATEMENT_MAX = 500;
export const REASON_MAX = 2_000;

export const id = z
  .number({ error: 'An id must be a number' })
  .int({ error: 'An id must be a whole number' })
  .positive({ error: 'An id must be positive' });

export const quarter = z
  .string({ error: 'Choose a quarter' })
  .regex(QUARTER_PATTERN, { error: 'Choose a quarter, for example 2026-Q3' })
  .check((ctx) => {
    const problem = QUARTER_PATTERN.test(ctx.value) ? quarterRangeProblem(ctx.value, contractNow()) : null;
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** An ISO date no home could have: before 2000, or more than a year ahead, is refused. */
export const plausibleDate = (error: string) =>
  z.iso.date({ error }).check((ctx) => {
    const problem = dateRangeProblem(ctx.value, contractNow());
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

const rating = z
  .number({ error: 'Choose a rating' })
  .int()
  .min(0, { error: 'Choose a rating' })
  .max(4, { error: 'Choose a rating' });
const grade = z
  .number({ error: 'Choose a judgement' })
  .int()
  .min(1, { error: 'Choose a judgement' })
  .max(4, { error: 'Choose a judgement' });

const longText = (what: string) =>
  z.string({ error: `Enter ${what}` }).max(NOTE_MAX, {
    error: `Shorten ${what} to ${NOTE_MAX.toLocaleString('en-GB')} characters or fewer`,
  });

const key = z.string().min(1).max(80);

export const saveIndicatorInput = z.strictObject({
  reviewId: id,
  indicatorKey: key,
  rating: rating.nullable(),
  note: longText('the evidence note'),
  sources: z.array(key).max(40),
  otherSource: z.string().max(500, { error: 'Shorten the other sources to 500 characters or fewer' }),
  discuss: z.boolean(),
  /** Why the rating is above what the home's records suggest; left as saved when absent. */
  recordsReason: longText('why the rating is above what your records suggest').optional(),
  /**
   * "Same as last quarter, checked today": true confirms that the rating and note are last quarter's and
   * still stand (the home's date is recorded); false withdraws it; absent leaves it as saved.
   */
  checkedSame: z.boolean().optional(),
});

export const saveDomainInput = z.strictObject({
  reviewId: id,
  domainKey: key,
  judgement: grade.nullable(),
  rationale: longText('the reason for the judgement'),
});

/** One of the three SCCIF judgements; a reason is needed when it differs from the app's suggestion. */
export const saveJudgementInput = z.strictObject({
  reviewId: id,
  area: z.enum(['experiences', 'protection', 'leadership'], { error: 'Choose one of the three judgements' }),
  judgement: grade.nullable(),
  reason: longText('the reason for the judgement'),
});

/** The staff-room page is one A4 side: its summary fits beside the judgements and the actions. */
export const STAFF_ROOM_SUMMARY_MAX = 900;

export const saveSummaryInput = z.strictObject({
  reviewId: id,
  strengths: longText('the strengths'),
  improvements: longText('the areas to improve'),
  overall: grade.nullable(),
  /** Written for the wall; left out, the summary already saved stays as it is. */
  staffRoomSummary: z
    .string({ error: 'Enter the staff-room summary' })
    .max(STAFF_ROOM_SUMMARY_MAX, {
      error: `Shorten the staff-room summary to ${STAFF_ROOM_SUMMARY_MAX} characters or fewer`,
    })
    .optional(),
});

const person = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(120, { error: `Shorten ${what} to 120 characters or fewer` });

export const completeReviewInput = z.strictObject({
  reviewId: id,
  signedByName: person('the name of the person signing off'),
  signedByRole: person('their role'),
  signedOn: plausibleDate('Enter the date of sign-off, for example 26/11/2026'),
});

export const reopenReviewInput = z.strictObject({
  reviewId: id,
  reason: z
    .string({ error: 'Say why the review is being reopened' })
    .trim()
    .min(1, { error: 'Say why the review is being reopened' })
    .max(REASON_MAX, {
      error: `Shorten the reason to ${REASON_MAX.toLocaleString('en-GB')} characters or fewer`,
    }),
  byName: person('your name'),
});

export const addCustomIndicatorInput = z.strictObject({
  homeId: id,
  domainKey: key,
  statement: z
    .string({ error: 'Write the indicator' })
    .trim()
    .min(1, { error: 'Write the indicator' })
    .max(STATEMENT_MAX, { error: `Shorten the indicator to ${STATEMENT_MAX} characters or fewer` }),
});

export type ReviewStatus = 'draft' | 'completed';

export interface ReviewSummary {
  id: number;
  homeId: number;
  quarter: string;
  status: ReviewStatus;
  frameworkVersion: number;
  overall: Grade | null;
  rated: number;
  total: number;
  completedAt: string | null;
  updatedAt: string;
}

export interface IndicatorAnswer {
  key: string;
  domainKey: string;
  /** The statement as it was when the review started (home-specific indicators keep their wording). */
  statement: string;
  custom: boolean;
  rating: Rating | null;
  note: string;
  sources: string[];
  otherSource: string;
  discuss: boolean;
  /** One sentence on why the rating is above what the home's records suggest ("Your records say…"). */
  recordsReason: string;
  /**
   * The home's date on which the manager confirmed "Same as last quarter, checked today": the rating and
   * note are last quarter's and still stand. Null when not confirmed; a later change to either clears it.
   */
  checkedSameOn: string | null;
  /** The same indicator in the home's previous completed review, if it was there. */
  previous: { quarter: string; rating: Rating | null; note: string } | null;
}

export interface DomainAnswer {
  key: string;
  judgement: Grade | null;
  rationale: string;
  previousJudgement: Grade | null;
}

export interface SccifAnswer {
  area: SccifArea;
  judgement: Grade | null;
  /** The app's suggestion when the judgement was last saved. */
  suggested: Grade | null;
  reason: string;
  /** The same judgement in the home's previous completed review, when that review recorded it. */
  previous: Grade | null;
}

export interface ReviewEvent {
  kind: 'started' | 'completed' | 'reopened' | 'agreed';
  at: string;
  byName: string | null;
  /** Why it was reopened, or the team's reasoning for an agreed rating. */
  reason: string | null;
  /**
   * Only for 'agreed': the indicator, numbered as in the review, the rating the team's replaced, the
   * manager's own rating before any agreement, and the meeting's date once its record gives one.
   */
  agreed?: {
    indicatorKey: string;
    number: string;
    rating: Rating;
    earlier: Rating | null;
    own: Rating | null;
    meetingOn: string | null;
  };
}

export interface ReviewDetail extends ReviewSummary {
  strengths: string;
  improvements: string;
  /** What the staff-room page prints: written for the wall, so no child's details. Empty until written. */
  staffRoomSummary: string;
  signedByName: string | null;
  signedByRole: string | null;
  signedOn: string | null;
  /** Where the manager was, to resume there. */
  position: { domainKey: string; indicatorKey: string | null } | null;
  indicators: IndicatorAnswer[];
  domains: DomainAnswer[];
  events: ReviewEvent[];
  previousQuarter: string | null;
  /**
   * The three SCCIF judgements, experiences first. Null for a review made against framework version 1,
   * which recorded one overall judgement: its three are "not recorded", never invented.
   */
  sccif: SccifAnswer[] | null;
}

export interface CustomIndicator {
  key: string;
  homeId: number;
  domainKey: string;
  statement: string;
  createdAt: string;
}

export interface SaveReceipt {
  savedAt: string;
}

/** An indicator's save, with the date "Same as last quarter" was confirmed (null when it is not). */
export interface IndicatorSaveReceipt extends SaveReceipt {
  checkedSameOn: string | null;
}
