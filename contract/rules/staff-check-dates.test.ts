import { describe, expect, it } from 'vitest';
import { staffCheckDateProblems, type StaffCheckDatesInput } from './staff-check-dates';

const base: StaffCheckDatesInput = {
  kind: 'supervision',
  doneOn: '2026-11-10',
  nextDueOn: '2026-12-10',
  today: '2026-11-20',
  startedOn: '2025-01-06',
};

describe('the dates of a supervision or a DBS update-service check', () => {
  it.each<[string, Partial<StaffCheckDatesInput>, Record<string, string>]>([
    ['a last one today and the next a month on', { doneOn: '2026-11-20' }, {}],
    ['a DBS check before they started (while recruiting them)', { kind: 'dbs', doneOn: '2024-12-01' }, {}],
    ['someone with no start date', { startedOn: null, doneOn: '2001-01-01' }, {}],
    [
      'a last supervision tomorrow',
      { doneOn: '2026-11-21', nextDueOn: '2026-12-21' },
      { doneOn: 'Enter a date for the last supervision that is today or earlier' },
    ],
    [
      'a DBS check tomorrow',
      { kind: 'dbs', doneOn: '2026-11-21', nextDueOn: '2027-11-21' },
      { doneOn: 'Enter a date for the last check that is today or earlier' },
    ],
    [
      'a supervision before they started',
      { doneOn: '2025-01-05' },
      { doneOn: 'Enter a date on or after 6 January 2025, when they started' },
    ],
    [
      'the next due on the day of the last',
      { nextDueOn: '2026-11-10' },
      { nextDueOn: 'Enter a date for the next supervision after the last one' },
    ],
    [
      'the next DBS check due before the last',
      { kind: 'dbs', nextDueOn: '2026-01-01' },
      { nextDueOn: 'Enter a date for the next check after the last one' },
    ],
    [
      'both wrong at once',
      { doneOn: '2026-12-01', nextDueOn: '2026-11-30' },
      {
        doneOn: 'Enter a date for the last supervision that is today or earlier',
        nextDueOn: 'Enter a date for the next supervision after the last one',
      },
    ],
  ])('%s', (_name, change, problems) => {
    expect(staffCheckDateProblems({ ...base, ...change })).toEqual(problems);
  });
});
