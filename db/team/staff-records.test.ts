import { describe, expect, it } from 'vitest';
import { member, setUpStaffDates } from '../test-support/staff-dates-setup';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const notOnList = {
  ok: false,
  error: {
    code: 'invalid_input',
    message: 'That member of staff is not on this home’s staff list.',
    fields: { staffId: 'Choose someone from the staff list' },
  },
};

describe('the staff list shows each person’s appraisal, supervision and DBS check', () => {
  it('keeps each date with the person it was recorded for, and each kind of check apart', async () => {
    const { call, homeId, sam } = await setUpStaffDates(tempFolder());
    await call('staff.save', member(homeId, 'Jo Brown'));
    await call('appraisals.record', { homeId, staffId: sam, appraisedOn: '2026-09-14' });
    await call('staffChecks.record', {
      homeId,
      staffId: sam,
      kind: 'supervision',
      doneOn: '2026-10-01',
      nextDueOn: '2026-12-01',
    });
    const dates = async () =>
      (await call('staff.list', { homeId })).map((m) => [
        m.name,
        m.lastAppraisalOn,
        m.lastSupervisionOn,
        m.supervisionDueOn,
        m.dbsCheckedOn,
        m.dbsDueOn,
      ]);
    expect(await dates()).toEqual([
      ['Jo Brown', null, null, null, null, null],
      ['Sam Patel', '2026-09-14', '2026-10-01', '2026-12-01', null, null],
    ]);
    await call('staffChecks.record', {
      homeId,
      staffId: sam,
      kind: 'dbs',
      doneOn: '2026-01-05',
      nextDueOn: '2027-01-05',
    });
    expect(await dates()).toEqual([
      ['Jo Brown', null, null, null, null, null],
      ['Sam Patel', '2026-09-14', '2026-10-01', '2026-12-01', '2026-01-05', '2027-01-05'],
    ]);
  });

  it('refuses someone on another home’s list, or no one’s, and changes neither list', async () => {
    const { attempt, call, homeId, strangers } = await setUpStaffDates(tempFolder());
    const { elmPerson } = await strangers();
    const lists = async () => [
      await call('staff.list', { homeId }),
      await call('staff.list', { homeId: elmPerson!.homeId }),
    ];
    const before = await lists();
    for (const staffId of [elmPerson!.id, 9999]) {
      expect(
        await attempt('appraisals.record', { homeId, staffId, appraisedOn: '2026-09-14' }),
      ).toMatchObject(notOnList);
      expect(
        await attempt('staffChecks.record', {
          homeId,
          staffId,
          kind: 'dbs',
          doneOn: '2026-01-05',
          nextDueOn: '2027-01-05',
        }),
      ).toMatchObject(notOnList);
    }
    expect(await lists()).toEqual(before);
  });

  it('refuses a new check or deadline for someone who has left, naming them, and records nothing', async () => {
    const { attempt, call, homeId, strangers, deadline } = await setUpStaffDates(tempFolder());
    const { left } = await strangers();
    const hasLeft = {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Zed has left the home.',
        fields: { staffId: 'Choose someone who still works here' },
      },
    };
    const before = await call('staff.list', { homeId });
    expect(
      await attempt('staffChecks.record', {
        homeId,
        staffId: left!.id,
        kind: 'supervision',
        doneOn: '2025-10-01',
        nextDueOn: '2025-11-01',
      }),
    ).toMatchObject(hasLeft);
    expect(
      await attempt('appraisals.record', { homeId, staffId: left!.id, appraisedOn: '2025-09-14' }),
    ).toMatchObject(hasLeft);
    expect(await attempt('qualifications.save', deadline(left!.id))).toMatchObject(hasLeft);
    expect(await call('staff.list', { homeId })).toEqual(before);
    expect((await call('duties.overview', { homeId })).qualifications).toEqual([]);
  });

  it('still lets a qualification be recorded as achieved after its holder has left', async () => {
    const { call, homeId, sam, deadline } = await setUpStaffDates(tempFolder());
    const saved = await call('qualifications.save', deadline(sam));
    const id = saved.qualifications[0]!.id;
    await call('staff.save', {
      ...member(homeId, 'Sam Patel'),
      id: sam,
      status: 'left',
      leftOn: '2026-10-31',
    });
    const achieved = await call('qualifications.save', { ...deadline(sam), id, achievedOn: '2026-10-20' });
    expect(achieved.qualifications).toEqual([
      expect.objectContaining({ id, staffId: sam, person: 'Sam Patel', achievedOn: '2026-10-20' }),
    ]);
  });
});
