import { describe, expect, it } from 'vitest';
import { reg45PeriodProblem, type Reg45Period } from './reg45-periods';

const recorded: Reg45Period[] = [
  { id: 1, periodStart: '2025-08-01', periodEnd: '2026-01-31' },
  { id: 2, periodStart: '2026-02-01', periodEnd: '2026-07-31' },
  { id: 3, periodStart: null, periodEnd: null },
];

describe('reg45PeriodProblem: periods of up to six months, starting in any month, one after another', () => {
  it.each([
    ['the next February to July cycle (after August to January)', { start: '2026-08-01', end: '2027-01-31' }],
    ['a shorter first period', { start: '2026-08-01', end: '2026-12-31' }],
    ['a period ending mid-month', { start: '2026-08-01', end: '2027-01-14' }],
    ['the same record saved again', { id: 2, start: '2026-02-01', end: '2026-07-31' }],
    ['one without dates', { start: null, end: null }],
    ['one with only a start', { start: '2020-03-01', end: null }],
  ])('accepts %s', (_, candidate) => {
    expect(reg45PeriodProblem(candidate, recorded)).toBeNull();
  });

  it('accepts a period that fills the space between two others exactly', () => {
    const gap: Reg45Period[] = [
      { id: 1, periodStart: '2025-03-01', periodEnd: '2025-08-31' },
      { id: 2, periodStart: '2026-03-01', periodEnd: '2026-08-31' },
    ];
    expect(reg45PeriodProblem({ start: '2025-09-01', end: '2026-02-28' }, gap)).toBeNull();
  });

  it.each([
    [
      'an end before its start',
      { start: '2026-08-01', end: '2026-07-31' },
      { field: 'periodEnd', message: 'The period must end on or after the day it starts.' },
    ],
    [
      'seven months',
      { start: '2026-08-01', end: '2027-02-28' },
      {
        field: 'periodEnd',
        message:
          'A Reg 45 period is at most six months: one starting on 1 August 2026 ends by 31 January 2027.',
      },
    ],
    [
      'an overlap with the period before',
      { start: '2026-07-01', end: '2026-12-31' },
      {
        field: 'periodStart',
        message:
          'This period overlaps the Reg 45 period already recorded for 1 February 2026 to 31 July 2026: start this one on 1 August 2026, the day after it ends.',
      },
    ],
    [
      'an overlap with the period after',
      { start: '2025-03-01', end: '2025-08-15' },
      {
        field: 'periodEnd',
        message:
          'This period overlaps the Reg 45 period already recorded for 1 August 2025 to 31 January 2026: end this one on 31 July 2025, the day before it starts.',
      },
    ],
    [
      'a gap after the last period',
      { start: '2026-09-01', end: '2027-02-28' },
      {
        field: 'periodStart',
        message:
          'This leaves a gap after the Reg 45 period recorded for 1 February 2026 to 31 July 2026: start this one on 1 August 2026, the day after it ends.',
      },
    ],
    [
      'a gap before the first period',
      { start: '2025-01-01', end: '2025-06-30' },
      {
        field: 'periodEnd',
        message:
          'This leaves a gap before the Reg 45 period recorded for 1 August 2025 to 31 January 2026: end this one on 31 July 2025, the day before it starts.',
      },
    ],
    [
      'moving a recorded period so that it overlaps its neighbour',
      { id: 1, start: '2025-09-01', end: '2026-02-28' },
      {
        field: 'periodEnd',
        message:
          'This period overlaps the Reg 45 period already recorded for 1 February 2026 to 31 July 2026: end this one on 31 January 2026, the day before it starts.',
      },
    ],
  ])('refuses %s, naming the period it meets', (_, candidate, problem) => {
    expect(reg45PeriodProblem(candidate, recorded)).toEqual(problem);
  });
});
