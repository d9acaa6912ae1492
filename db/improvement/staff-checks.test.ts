import { describe, expect, it } from 'vitest';
import { staffMemberRow as person } from '../test-support/improvement-samples';
import { member, setUpStaffDates } from '../test-support/staff-dates-setup';
import { useTempFolder } from '../test-support/temp-folder';
import { staffCheckStatuses } from './staff-checks';

const tempFolder = useTempFolder();
const TODAY = '2026-11-20';

describe('where each supervision and DBS update-service check stands', () => {
  it.each<[string, string | null, string]>([
    ['nothing recorded', null, 'not-recorded'],
    ['due well ahead', '2027-01-20', 'ok'],
    ['due within 30 days', '2026-12-20', 'due-soon'],
    ['due today', TODAY, 'due-soon'],
    ['due yesterday', '2026-11-19', 'late'],
  ])('%s', (_name, dueOn, state) => {
    const [status] = staffCheckStatuses(
      [person({ supervisionDueOn: dueOn, dbsDueOn: dueOn, lastSupervisionOn: '2026-01-01' })],
      TODAY,
    );
    expect(status!.supervision).toEqual({ lastOn: '2026-01-01', dueOn, state });
    expect(status!.dbs.state).toBe(state);
  });

  it('lists only the staff who work here now', () => {
    const list = staffCheckStatuses(
      [
        person({ id: 1, name: 'Here' }),
        person({ id: 2, name: 'Gone', status: 'left', leftOn: '2026-01-01' }),
      ],
      TODAY,
    );
    expect(list.map((s) => s.name)).toEqual(['Here']);
  });
});

describe('recording supervision and DBS checks', () => {
  it('keeps each date for the person, beside appraisals, and raises late ones where appraisals are raised', async () => {
    const { call, homeId, sam, setClock } = await setUpStaffDates(tempFolder());
    const supervised = await call('staffChecks.record', {
      homeId,
      staffId: sam,
      kind: 'supervision',
      doneOn: '2026-10-01',
      nextDueOn: '2026-11-01',
    });
    const dbs = await call('staffChecks.record', {
      homeId,
      staffId: sam,
      kind: 'dbs',
      doneOn: '2026-01-05',
      nextDueOn: '2027-01-05',
    });
    expect(supervised.staffChecks[0]!.supervision.lastOn).toBe('2026-10-01');
    expect(dbs.staffChecks).toEqual([
      expect.objectContaining({
        staffId: sam,
        supervision: { lastOn: '2026-10-01', dueOn: '2026-11-01', state: 'late' },
        dbs: { lastOn: '2026-01-05', dueOn: '2027-01-05', state: 'ok' },
      }),
    ]);
    const titles = async () =>
      (await call('dashboard.get', { homeId })).alerts
        .filter((a) => /supervision|DBS/.test(a.title))
        .map((a) => a.title);
    expect(await titles()).toEqual(['Late: Sam Patel: supervision']);
    setClock('2026-12-10T10:00:00Z');
    expect(await titles()).toEqual([
      'Late: Sam Patel: supervision',
      'Due soon: Sam Patel: DBS update service check',
    ]);
  });

  it('refuses impossible dates against their fields, and anyone not working here', async () => {
    const { attempt, call, homeId, sam, strangers } = await setUpStaffDates(tempFolder());
    const { left } = await strangers();
    const fields = async (input: Record<string, unknown>) => {
      const result = await attempt('staffChecks.record', {
        homeId,
        staffId: sam,
        kind: 'supervision',
        doneOn: '2026-10-01',
        nextDueOn: '2026-11-01',
        ...input,
      });
      return result.ok ? null : result.error.fields;
    };
    expect(await fields({ nextDueOn: '2026-09-01' })).toEqual({
      nextDueOn: 'Enter a date for the next supervision after the last one',
    });
    expect(await fields({ staffId: left!.id })).toEqual({ staffId: 'Choose someone who still works here' });
    expect(await fields({ kind: 'appraisal' })).toMatchObject({ kind: 'Choose supervision or a DBS check' });
    expect(await fields({ doneOn: '' })).toMatchObject({ doneOn: 'Enter the date of the last one' });
    const list = await call('staff.list', { homeId });
    expect(list.every((m) => m.lastSupervisionOn === null && m.dbsCheckedOn === null)).toBe(true);
  });

  it('lists someone new with nothing recorded yet', async () => {
    const { call, homeId } = await setUpStaffDates(tempFolder());
    await call('staff.save', member(homeId, 'New'));
    const overview = await call('duties.overview', { homeId });
    expect(overview.staffChecks.find((c) => c.name === 'New')!.dbs.state).toBe('not-recorded');
  });
});
