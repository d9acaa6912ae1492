import type { AppraisalStatus, QualificationStatus } from '../../contract/duties';
import type { StaffMember } from '../../contract/team';
import { addMonths } from '../../contract/rules/dates';
import { dueState, qualificationDeadline } from '../insights/deadline-rules';
import { BUILTIN_DUTIES } from './builtin-duties';
import type { QualificationListRow } from './duties-repository';

/** Reg 33(4): an appraisal at least once a year, as the built-in duty says. */
export const APPRAISAL_EVERY_MONTHS = BUILTIN_DUTIES.find((d) => d.key === 'staff-appraisals')!.everyMonths!;

/** A home's first quarter in Hallmarks: dates it could not have met before then are set up, not late. */
export const SETUP_MONTHS = 3;

/** Whether today is in the home's first quarter in Hallmarks (`trackedFrom` is the day it was added). */
const settingUp = (today: string, trackedFrom: string | null): trackedFrom is string =>
  trackedFrom !== null && today < addMonths(trackedFrom, SETUP_MONTHS);

/**
 * A qualification deadline and where it stands. Achieved is done; someone who has left no longer has a
 * deadline here, so it reads "left" rather than late for ever.
 * Regs 32 and 28 give 2 years (Level 3) or 3 years (Level 5) from starting, and the date can be deferred
 * or met by an equivalent qualification. So a deadline that had already passed when the home was added to
 * Hallmarks (`trackedFrom`), with nothing recorded against it, says only that the outcome is not written
 * down yet: during the home's first quarter here it reads "not recorded", asking for the achievement or
 * the deferral, as appraisals do. After that quarter the usual rule stands, and it is late.
 */
export function qualificationStatus(
  q: QualificationListRow,
  today: string,
  trackedFrom: string | null = null,
): QualificationStatus {
  const regulationDeadline = qualificationDeadline(q.level, q.started_on);
  const deadline = q.deferred_to ?? regulationDeadline;
  const left = q.staff_status === 'left';
  const unknown = settingUp(today, trackedFrom) && deadline < trackedFrom;
  return {
    id: q.id,
    staffId: q.staff_id,
    person: q.staff_name ?? q.person,
    leftOn: left ? q.staff_left_on : null,
    level: q.level,
    startedOn: q.started_on,
    achievedOn: q.achieved_on,
    deadline,
    regulationDeadline,
    deferredTo: q.deferred_to,
    deferralReason: q.deferral_reason,
    state:
      q.achieved_on !== null ? 'done' : left ? 'left' : unknown ? 'not-recorded' : dueState(deadline, today),
  };
}

/**
 * Appraisals for the staff who work here now: the next is due a year after the last one, or a year after
 * they started if none is recorded. Someone who has left is not appraised, so they are not listed.
 * With no appraisal recorded, a due date before the home was added to Hallmarks (`trackedFrom`) is one
 * it had no chance to record, let alone meet: during the home's first quarter here it reads "no date
 * recorded", asking for the last appraisal, rather than late. After that quarter the usual rule stands.
 */
export function appraisalStatuses(
  staff: StaffMember[],
  today: string,
  trackedFrom: string | null = null,
): AppraisalStatus[] {
  const firstQuarter = settingUp(today, trackedFrom);
  return staff
    .filter((m) => m.status === 'active')
    .map((m) => {
      const from = m.lastAppraisalOn ?? m.startedOn;
      const due = from ? addMonths(from, APPRAISAL_EVERY_MONTHS) : null;
      const unknown = firstQuarter && m.lastAppraisalOn === null && due !== null && due < trackedFrom;
      const nextDueOn = unknown ? null : due;
      return {
        staffId: m.id,
        name: m.name,
        role: m.role,
        startedOn: m.startedOn,
        lastAppraisalOn: m.lastAppraisalOn,
        nextDueOn,
        state: dueState(nextDueOn, today),
      };
    });
}
