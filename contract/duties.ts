import { z } from 'zod';
import { homeDate, personName } from './home-date';
import { id } from './review';

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

export const saveQualificationInput = z.strictObject({
  homeId: id,
  id: id.optional(),
  person: personName('The name').refine((s) => s.trim().length > 0, { error: 'Enter the person’s name' }),
  level: z.union([z.literal(3), z.literal(5)], { error: 'Choose Level 3 or Level 5' }),
  startedOn: homeDate('the date they started in the role'),
  achievedOn: homeDate('the date they achieved it').nullable(),
});

export type DutyState = 'not-recorded' | 'ok' | 'due-soon' | 'late' | 'done';

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
  person: string;
  level: 3 | 5;
  startedOn: string;
  achievedOn: string | null;
  deadline: string;
  state: DutyState;
}

export interface DutiesOverview {
  duties: DutyStatus[];
  qualifications: QualificationStatus[];
}
