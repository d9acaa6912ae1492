import type { StaffCheckDates, StaffCheckStatus } from '../../contract/staff-checks';
import type { StaffMember } from '../../contract/team';
import { dueState } from '../insights/deadline-rules';

const dates = (lastOn: string | null, dueOn: string | null, today: string): StaffCheckDates => ({
  lastOn,
  dueOn,
  state: dueState(dueOn, today),
});

/**
 * Supervision and DBS update-service checks for the staff who work here now (someone who has left is not
 * supervised or checked, so is not listed): late once the recorded due date has passed, due soon within
 * the 30 days every date on the calendar warns ahead, and "not recorded" until a date is recorded.
 */
export function staffCheckStatuses(staff: StaffMember[], today: string): StaffCheckStatus[] {
  return staff
    .filter((m) => m.status === 'active')
    .map((m) => ({
      staffId: m.id,
      name: m.name,
      role: m.role,
      supervision: dates(m.lastSupervisionOn, m.supervisionDueOn, today),
      dbs: dates(m.dbsCheckedOn, m.dbsDueOn, today),
    }));
}
