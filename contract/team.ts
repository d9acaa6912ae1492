import { z } from 'zod';
import { homeDate, NAME_MAX } from './home-date';
import { id } from './review';

export const STAFF_STATUSES = ['active', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** One member of the home's staff team. A name or initials is enough. */
export interface StaffMember {
  id: number;
  homeId: number;
  name: string;
  role: string;
  startedOn: string | null;
  status: StaffStatus;
  leftOn: string | null;
  /** Their latest appraisal, recorded on the calendar of dates that must not slip. */
  lastAppraisalOn: string | null;
  /** Their last supervision and the date the next is due (the home's own policy sets how often). */
  lastSupervisionOn: string | null;
  supervisionDueOn: string | null;
  /** When their DBS certificate was last checked on the DBS update service, and when the next check is due. */
  dbsCheckedOn: string | null;
  dbsDueOn: string | null;
}

export const saveStaffInput = z.strictObject({
  homeId: id,
  /** Absent or null for someone new. */
  id: id.nullable().optional(),
  name: z
    .string({ error: 'Enter a name or initials' })
    .refine((s) => s.trim().length > 0, { error: 'Enter a name or initials' })
    .refine((s) => s.length <= NAME_MAX, {
      error: `The name must be ${NAME_MAX} characters or fewer`,
    }),
  role: z.string().max(NAME_MAX, { error: `The role must be ${NAME_MAX} characters or fewer` }),
  startedOn: homeDate('the date they started').nullable(),
  status: z.enum(STAFF_STATUSES, { error: 'Choose whether they still work here' }),
  leftOn: homeDate('the date they left').nullable(),
});
export type SaveStaffInput = z.output<typeof saveStaffInput>;
