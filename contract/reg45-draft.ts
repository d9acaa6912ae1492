import { z } from 'zod';
import { homeDate } from './home-date';
import { addDays, addMonths } from './rules/dates';
import { addQuarters, QUARTER_PATTERN, quarterDates } from './rules/quarters';
import { id, NOTE_MAX, quarter } from './review';

/** The regulations of the Quality Standards (5 to 14), each of which the draft has a section for. */
export const REG45_REGULATIONS = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;

/** The Quality Standards of the Children's Homes (England) Regulations 2015, by regulation number. */
export const QUALITY_STANDARDS: Record<number, string> = {
  5: 'Engaging with the wider system to ensure children’s needs are met',
  6: 'The quality and purpose of care standard',
  7: 'The children’s views, wishes and feelings standard',
  8: 'The education standard',
  9: 'The enjoyment and achievement standard',
  10: 'The health and well-being standard',
  11: 'The positive relationships standard',
  12: 'The protection of children standard',
  13: 'The leadership and management standard',
  14: 'The care planning standard',
};

/** A Quality Standard's comment is shorter than the analysis, but still generous. */
export const STANDARD_COMMENT_MAX = 20_000;
export const SIGNER_MAX = 200;
/** Why a draft is signed off although its period does not follow on from the recorded ones. */
export const PERIOD_REASON_MAX = 2000;

const longText = (what: string, max: number) =>
  z.string({ error: `Enter ${what}` }).max(max, {
    error: `Shorten ${what} to ${max.toLocaleString('en-GB')} characters or fewer`,
  });

/** Comments by regulation number ("5" to "14"); a standard left blank is left out. */
const standards = z.partialRecord(
  z.enum(REG45_REGULATIONS.map(String) as [string, ...string[]]),
  longText('the comment on this Quality Standard', STANDARD_COMMENT_MAX),
);

/** A calendar month, "2026-02", from January 2000. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const month = z
  .string()
  .regex(MONTH_PATTERN, { error: 'Enter a month as YYYY-MM, for example 2026-02' })
  .refine((m) => m >= '2000-01', { error: 'Enter a month from January 2000' });

/**
 * A draft is for its last quarter and, when the home's Reg 45 cycle is not whole quarters, the first and
 * last month of its period (both or neither; without them it is the two quarters ending at `quarter`).
 */
const period = { homeId: id, quarter, firstMonth: month.optional(), lastMonth: month.optional() };

type PeriodInput = { quarter: string; firstMonth?: string | undefined; lastMonth?: string | undefined };
const checkMonths = (input: PeriodInput, ctx: z.RefinementCtx) => {
  // Zod runs this even when a field was refused: the months are compared only when all three are sound.
  const sound = (m: unknown) => m === undefined || (typeof m === 'string' && MONTH_PATTERN.test(m));
  const { quarter: last, firstMonth, lastMonth } = input as Record<string, unknown>;
  if (typeof last !== 'string' || !QUARTER_PATTERN.test(last) || !sound(firstMonth) || !sound(lastMonth))
    return;
  const problem = reg45MonthsProblem(input);
  if (problem) ctx.addIssue({ code: 'custom', path: ['lastMonth'], message: problem });
};

export const reg45DraftInput = z.strictObject(period).superRefine(checkMonths);

export const saveReg45DraftInput = z
  .strictObject({
    ...period,
    analysis: longText('your analysis', NOTE_MAX),
    standards,
  })
  .superRefine(checkMonths);

export const signReg45DraftInput = z
  .strictObject({
    ...period,
    signedBy: z
      .string({ error: 'Enter the name of the person signing off' })
      .trim()
      .min(1, { error: 'Enter the name of the person signing off' })
      .max(SIGNER_MAX, { error: `Shorten the name to ${SIGNER_MAX} characters or fewer` }),
    signedOn: homeDate('the date of sign-off'),
    /** Needed only when the draft's period overlaps a recorded Reg 45 period or leaves a gap after one. */
    periodReason: z
      .string()
      .trim()
      .max(PERIOD_REASON_MAX, {
        error: `Shorten the reason to ${PERIOD_REASON_MAX.toLocaleString('en-GB')} characters or fewer`,
      })
      .optional(),
  })
  .superRefine(checkMonths);

/** The registered person's part of one six-month Reg 45 review draft. */
export interface Reg45Draft {
  homeId: number;
  /** The quarter the period's last month falls in. */
  quarter: string;
  /** The period's first and last month ("2026-02", "2026-07"): at most six months. */
  firstMonth: string;
  lastMonth: string;
  analysis: string;
  /** Comments by regulation number, as text keys ("7"). */
  standards: Record<string, string>;
  signedBy: string | null;
  signedOn: string | null;
  /**
   * While unsigned: how the draft's period overlaps a recorded Reg 45 period or leaves a gap after one,
   * naming that period and the dates that would fit; null when it follows on (and once signed).
   */
  periodProblem: string | null;
  /** The reason given for signing off a period that did not follow on; null otherwise. */
  periodReason: string | null;
  /** When it was last saved; null when nothing has been written yet. */
  updatedAt: string | null;
}

/** The six months a draft covers: the quarter before `last`, and `last`. */
export function reg45Period(last: string): { start: string; end: string } {
  return { start: quarterDates(addQuarters(last, -1)).start, end: quarterDates(last).end };
}

/** The first and last month of the two whole quarters ending at `last` ("2026-Q3": "2026-04", "2026-09"). */
export function reg45QuarterMonths(last: string): { firstMonth: string; lastMonth: string } {
  const { start, end } = reg45Period(last);
  return { firstMonth: start.slice(0, 7), lastMonth: end.slice(0, 7) };
}

/** The first and last day of a period of whole months. */
export function reg45MonthsPeriod(firstMonth: string, lastMonth: string): { start: string; end: string } {
  return { start: `${firstMonth}-01`, end: addDays(addMonths(`${lastMonth}-01`, 1), -1) };
}

/** The months a draft input names: its own, or the two quarters ending at its quarter. */
export function reg45DraftMonths(input: PeriodInput): { firstMonth: string; lastMonth: string } {
  return input.firstMonth && input.lastMonth
    ? { firstMonth: input.firstMonth, lastMonth: input.lastMonth }
    : reg45QuarterMonths(input.quarter);
}

/** Why a draft's months cannot be its period, or null: both or neither, at most six, ending in `quarter`. */
export function reg45MonthsProblem({ quarter: last, firstMonth, lastMonth }: PeriodInput): string | null {
  if (!firstMonth && !lastMonth) return null;
  if (!firstMonth || !lastMonth) return 'Give both the first and the last month of the period';
  if (lastMonth < firstMonth) return 'The last month must be on or after the first';
  if (lastMonth > addMonths(`${firstMonth}-01`, 5).slice(0, 7))
    return 'A Reg 45 period is at most six months';
  const { start, end } = quarterDates(last);
  if (lastMonth < start.slice(0, 7) || lastMonth > end.slice(0, 7))
    return 'The last month of the period must fall in the quarter of the draft';
  return null;
}
