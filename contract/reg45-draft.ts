import { z } from 'zod';
import { homeDate } from './home-date';
import { addQuarters, quarterDates } from './rules/quarters';
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

const period = { homeId: id, quarter };

export const reg45DraftInput = z.strictObject(period);

export const saveReg45DraftInput = z.strictObject({
  ...period,
  analysis: longText('your analysis', NOTE_MAX),
  standards,
});

export const signReg45DraftInput = z.strictObject({
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
});

/** The registered person's part of one six-month Reg 45 review draft. */
export interface Reg45Draft {
  homeId: number;
  /** The last of the period's two quarters. */
  quarter: string;
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
