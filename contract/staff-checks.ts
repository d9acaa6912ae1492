import { z } from 'zod';
import type { DutyState } from './duties';
import { staffId } from './duties';
import { homeDate } from './home-date';
import { id } from './review';

/**
 * Dates kept for each member of staff beside their appraisal: their supervision (Reg 33(4): practice-related
 * supervision) and the check of their DBS certificate on the DBS update service. How often each is due is
 * the home's own policy, so the manager records the date the next one is due.
 */
export const STAFF_CHECK_KINDS = ['supervision', 'dbs'] as const;
export type StaffCheckKind = (typeof STAFF_CHECK_KINDS)[number];

export const STAFF_CHECK_WORDS: Record<
  StaffCheckKind,
  { title: string; last: string; record: string; alert: string }
> = {
  supervision: {
    title: 'Supervision',
    last: 'the date of their last supervision',
    record: 'Record supervision',
    alert: 'supervision',
  },
  dbs: {
    title: 'DBS update service check',
    last: 'the date their DBS certificate was last checked on the update service',
    record: 'Record DBS check',
    alert: 'DBS update service check',
  },
};

export const recordStaffCheckInput = z.strictObject({
  homeId: id,
  staffId,
  kind: z.enum(STAFF_CHECK_KINDS, { error: 'Choose supervision or a DBS check' }),
  doneOn: homeDate('the date of the last one'),
  nextDueOn: homeDate('the date the next one is due'),
});
export type RecordStaffCheckInput = z.output<typeof recordStaffCheckInput>;

/** One of a member of staff's recurring checks: the last, the next due, and where that stands. */
export interface StaffCheckDates {
  lastOn: string | null;
  dueOn: string | null;
  state: DutyState;
}

/** Supervision and DBS update-service checks for one member of staff who works here now. */
export interface StaffCheckStatus {
  staffId: number;
  name: string;
  role: string;
  supervision: StaffCheckDates;
  dbs: StaffCheckDates;
}
