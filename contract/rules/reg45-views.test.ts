import { describe, expect, it } from 'vitest';
import { groupsWithoutViews } from './reg45-views';

const period = { start: '2026-04-01', end: '2026-09-30', quarters: ['2026-Q2', '2026-Q3'] };

describe('the reg 45(5) groups without a recorded view', () => {
  it('names every group when nothing is recorded', () => {
    expect(groupsWithoutViews({ ...period, surveys: [], feedback: [] })).toEqual([
      'children',
      'parents',
      'placing authorities',
      'staff',
    ]);
  });

  it('counts only surveys filled in and feedback received within the period', () => {
    expect(
      groupsWithoutViews({
        ...period,
        surveys: [
          { quarter: '2026-Q1', sessions: 4 },
          { quarter: '2026-Q3', sessions: 0 },
        ],
        feedback: [
          { group: 'parents', receivedOn: '2026-03-31' },
          { group: 'placing', receivedOn: '2026-04-01' },
          { group: 'staff', receivedOn: '2026-09-30' },
          { group: 'reg44', receivedOn: '2026-05-01' },
        ],
      }),
    ).toEqual(['children', 'parents']);
    expect(
      groupsWithoutViews({ ...period, surveys: [{ quarter: '2026-Q2', sessions: 1 }], feedback: [] }),
    ).not.toContain('children');
  });
});
