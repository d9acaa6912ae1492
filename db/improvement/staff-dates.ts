import type { AppraisalStatus, QualificationStatus } from '../../contract/duties';
import type { StaffMember } from '../../contract/team';
import { addMonths } from '../../contract/rules/dates';
import { dueState, qualificationDeadline } from '../insights/deadline-rules';
import { BUILTIN_DUTIES } from './builtin-duties';
import type { QualificationListRow } from './duties-repository';

/** Reg 33(4): an appraisal at least once a year, as the built-in duty says. */
export const APPRAISAL_EVERY_MONTHS = BUILTIN_DUTIES.find((d) => d.key === 'staff-appraisals')!.everyMonths!;

/**
 * A qualification deadline and where it stands. Achieved is done; someone who has left no longer has a
 * deadline here, so it reads "left" rather than late for ever.
 */
export function qualificationStatus(q: QualificationListRow, today: string): QualificationStatus {
  const regulationDeadline = qualificationDeadline(q.level, q.started_on);
  const deadline = q.deferred_to ?? regulationDeadline;
  const left = q.staff_status === 'left';
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
    state: q.achieved_on !== null ? 'done' : left ? 'left' : dueState(deadline, today),
  };
}

/** A home's first quarter in Hallmarks: dates it could not have met before then are set up, not late. */
export const SETUP_MONTHS = 3;

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
  const settingUp = trackedFrom !== null && today < addMonths(trackedFrom, SETUP_MONTHS);
  return staff
    .filter((m) => m.status === 'active')
    .map((m) => {
      const from = m.lastAppraisalOn ?? m.startedOn;
      const due = from ? addMonths(from, APPRAISAL_EVERY_MONTHS) : null;
      const unknown = settingUp && m.lastAppraisalOn === null && due !== null && due < trackedFrom;
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
