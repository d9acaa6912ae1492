import { z } from 'zod';
import { homeDate, text } from './home-date';
import { id } from './review';
import type { StaffCheckStatus } from './staff-checks';

export const saveDutyInput = z.strictObject({
  homeId: id,
  /** A built-in duty's key, or the id of the home's own duty; neither for a new one. */
  builtinKey: z.string().max(80).optional(),
  id: id.optional(),
  title: z.string().max(200, { error: 'The name must be 200 characters or fewer' }),
  everyMonths: z
    .number({ error: 'Enter how many months apart, as a number' })
    .int({ error: 'Enter a whole number of months' })
    .min(1, { error: 'Enter a number of months from 1 to 120' })
    .max(120, { error: 'Enter a number of months from 1 to 120' })
    .nullable(),
  lastDoneOn: homeDate('the date it was last done').nullable(),
  dueOn: homeDate('the date it is due').nullable(),
});

/** A member of the home's staff list, as a form picks them. */
export const staffId = z
  .number({ error: 'Choose someone from the staff list' })
  .int({ error: 'Choose someone from the staff list' })
  .positive({ error: 'Choose someone from the staff list' });

export const saveQualificationInput = z.strictObject({
  homeId: id,
  id: id.optional(),
  /**
   * Who it is for, from the staff list. Null only when changing a deadline recorded before the staff list
   * existed, which keeps the name typed then.
   */
  staffId: staffId.nullable(),
  level: z.union([z.literal(3), z.literal(5)], { error: 'Choose Level 3 or Level 5' }),
  startedOn: homeDate('the date they started in the role'),
  achievedOn: homeDate('the date they achieved it').nullable(),
  /**
   * Regulations 32 and 28 let the date be deferred: the new date and why. Left out, the deferral already
   * recorded stays as it is (recording it achieved does not clear it).
   */
  deferredTo: homeDate('the deferred date').nullable().optional(),
  deferralReason: text('why it was deferred', false).optional(),
});

/** A qualification deadline recorded by mistake, taken off the calendar (achieved or not). */
export const removeQualificationInput = z.strictObject({ homeId: id, id });

/** The date of a member of staff's latest appraisal (Reg 33(4): at least once a year). */
export const recordAppraisalInput = z.strictObject({
  homeId: id,
  staffId,
  appraisedOn: homeDate('the date of their latest appraisal'),
});

/** `left`: the person has left the home, so the date is no longer theirs to meet. */
export type DutyState = 'not-recorded' | 'ok' | 'due-soon' | 'late' | 'done' | 'left';

export interface DutyStatus {
  /** "builtin:statement-of-purpose" or "own:12". */
  ref: string;
  builtinKey: string | null;
  id: number | null;
  title: string;
  /** Why it recurs ("Reg 46: at least once a year"); empty for the home's own. */
  basis: string;
  everyMonths: number | null;
  lastDoneOn: string | null;
  nextDueOn: string | null;
  state: DutyState;
}

export interface QualificationStatus {
  id: number;
  /** Null for a deadline recorded with a typed name before the staff list. */
  staffId: number | null;
  /** The staff list's current name, or the name typed for an older deadline. */
  person: string;
  leftOn: string | null;
  level: 3 | 5;
  startedOn: string;
  achievedOn: string | null;
  /** The date it is due by: the deferred date when there is one. */
  deadline: string;
  /** The date the regulation gives (2 years for Level 3, 3 for Level 5), before any deferral. */
  regulationDeadline: string;
  deferredTo: string | null;
  deferralReason: string;
  state: DutyState;
}

/** One member of staff's appraisals: due a year after the last one, or a year after they started. */
export interface AppraisalStatus {
  staffId: number;
  name: string;
  role: string;
  startedOn: string | null;
  lastAppraisalOn: string | null;
  nextDueOn: string | null;
  state: DutyState;
}

export interface DutiesOverview {
  /** With anyone on the staff list, the built-in "Staff appraisals" duty gives way to `appraisals`. */
  duties: DutyStatus[];
  qualifications: QualificationStatus[];
  /** One for each member of staff who works here now. */
  appraisals: AppraisalStatus[];
  /** Supervision and DBS update-service checks, one for each member of staff who works here now. */
  staffChecks: StaffCheckStatus[];
}
