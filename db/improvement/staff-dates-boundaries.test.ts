import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../../contract/team';
import { staffMemberRow as person } from '../test-support/improvement-samples';
import type { QualificationListRow } from './duties-repository';
import { appraisalStatuses, qualificationStatus } from './staff-dates';

// The home was added on 1 September 2026; its first quarter in Hallmarks runs to 30 November.
const ADDED = '2026-09-01';
const IN_FIRST_QUARTER = '2026-10-01';

const deadline = (startedOn: string): QualificationListRow => ({
  id: 1,
  home_id: 1,
  person: 'Sam',
  staff_id: 2,
  level: 3,
  started_on: startedOn,
  achieved_on: null,
  deferred_to: null,
  deferral_reason: '',
  staff_name: 'Sam',
  staff_status: 'active',
  staff_left_on: null,
});

describe('a Level 3 deadline in the home’s first quarter', () => {
  it('asks what happened only when it had passed before the day the home was added', () => {
    // Level 3 is due two years from starting.
    expect(qualificationStatus(deadline('2024-08-31'), IN_FIRST_QUARTER, ADDED).state).toBe('not-recorded');
    expect(qualificationStatus(deadline('2024-09-01'), IN_FIRST_QUARTER, ADDED).state).toBe('late');
  });

  it('is late as usual when the day the home was added is not known', () => {
    expect(qualificationStatus(deadline('2024-08-31'), IN_FIRST_QUARTER, null).state).toBe('late');
    expect(qualificationStatus(deadline('2024-08-31'), IN_FIRST_QUARTER).state).toBe('late');
  });
});

describe('an appraisal in the home’s first quarter', () => {
  const status = (over: Partial<StaffMember>, trackedFrom: string | null = ADDED) =>
    appraisalStatuses([person(over)], IN_FIRST_QUARTER, trackedFrom)[0]!;

  it('asks for the last one only when the first was due before the day the home was added', () => {
    expect(status({ startedOn: '2025-08-31' })).toMatchObject({ nextDueOn: null, state: 'not-recorded' });
    expect(status({ startedOn: '2025-09-01' })).toMatchObject({ nextDueOn: '2026-09-01', state: 'late' });
  });

  it('is late from a recorded appraisal, whenever it fell due', () => {
    expect(status({ startedOn: '2020-01-01', lastAppraisalOn: '2025-06-01' })).toMatchObject({
      nextDueOn: '2026-06-01',
      state: 'late',
    });
  });

  it('is late as usual when the day the home was added is not known', () => {
    expect(status({ startedOn: '2025-08-31' }, null)).toMatchObject({
      nextDueOn: '2026-08-31',
      state: 'late',
    });
  });
});
