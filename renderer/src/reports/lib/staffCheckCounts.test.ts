import { describe, expect, it } from 'vitest';
import type { DutyState } from '@contract/duties';
import type { StaffCheckStatus } from '@contract/staff-checks';
import { staffCheckCounts } from './staffCheckCounts';

const person = (staffId: number, supervision: DutyState, dbs: DutyState): StaffCheckStatus => ({
  staffId,
  name: `Person ${staffId}`,
  role: '',
  supervision: { lastOn: null, dueOn: null, state: supervision },
  dbs: { lastOn: null, dueOn: null, state: dbs },
});

describe('the staff checks counted for the quarterly review', () => {
  it('counts late, due soon and unrecorded for each check, and names no one', () => {
    const lines = staffCheckCounts([
      person(1, 'late', 'ok'),
      person(2, 'late', 'due-soon'),
      person(3, 'late', 'ok'),
      person(4, 'ok', 'not-recorded'),
      person(5, 'due-soon', 'ok'),
      person(6, 'ok', 'ok'),
      person(7, 'ok', 'ok'),
      person(8, 'not-recorded', 'ok'),
    ]);
    expect(lines).toEqual([
      'Supervision: 3 of 8 staff late, 1 due within 30 days, 1 with no date recorded.',
      'DBS update service check: none of 8 staff late, 1 due within 30 days, 1 with no date recorded.',
    ]);
    expect(lines.join(' ')).not.toContain('Person');
  });

  it('says one member of staff, and what it means when no one is on the staff list', () => {
    expect(staffCheckCounts([person(1, 'ok', 'late')])).toEqual([
      'Supervision: none of 1 member of staff late.',
      'DBS update service check: 1 of 1 member of staff late.',
    ]);
    expect(staffCheckCounts([])).toEqual([
      'No one is on the staff list, so no supervision or DBS checks are tracked.',
    ]);
  });
});
