import { formatIsoDate } from './dates';

export interface StaffCheckDatesInput {
  kind: 'supervision' | 'dbs';
  doneOn: string;
  nextDueOn: string;
  /** Today in the home's time. */
  today: string;
  /** When they started, if known. */
  startedOn: string | null;
}

/**
 * What is wrong with a supervision or DBS check's dates, by field; empty when they can be saved. The last
 * one cannot be in the future, and the next is due after it. Supervision starts with the job; a DBS
 * certificate may have been checked before someone started (as part of recruiting them).
 */
export function staffCheckDateProblems(input: StaffCheckDatesInput): Record<string, string> {
  const problems: Record<string, string> = {};
  const what = input.kind === 'supervision' ? 'supervision' : 'check';
  if (input.doneOn > input.today) {
    problems.doneOn = `Enter a date for the last ${what} that is today or earlier`;
  } else if (input.kind === 'supervision' && input.startedOn && input.doneOn < input.startedOn) {
    problems.doneOn = `Enter a date on or after ${formatIsoDate(input.startedOn)}, when they started`;
  }
  if (input.nextDueOn <= input.doneOn) {
    problems.nextDueOn = `Enter a date for the next ${what} after the last one`;
  }
  return problems;
}
