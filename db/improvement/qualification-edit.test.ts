import { describe, expect, it } from 'vitest';
import { member, setUpStaffDates } from '../test-support/staff-dates-setup';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const refusal = (result: { ok: boolean; error?: { fields?: unknown } }) =>
  result.ok ? null : (result.error?.fields ?? {});

describe('changing a qualification deadline', () => {
  it('moves the start date, level and person, and the deadline follows', async () => {
    const { call, homeId, sam, deadline } = await setUpStaffDates(tempFolder());
    const [kim] = (await call('staff.save', member(homeId, 'Kim Lee'))).filter((m) => m.name === 'Kim Lee');
    const [q] = (await call('qualifications.save', deadline(sam))).qualifications;
    const changed = await call('qualifications.save', {
      ...deadline(kim!.id, { level: 5, startedOn: '2025-03-01' }),
      id: q!.id,
    });
    expect(changed.qualifications).toEqual([
      expect.objectContaining({
        id: q!.id,
        person: 'Kim Lee',
        level: 5,
        startedOn: '2025-03-01',
        deadline: '2028-03-01',
      }),
    ]);
  });

  it('refuses someone unknown, from another home or who has left, beside the field, and changes nothing', async () => {
    const { attempt, call, homeId, sam, deadline, strangers } = await setUpStaffDates(tempFolder());
    const { elmPerson, left } = await strangers();
    const [q] = (await call('qualifications.save', deadline(sam))).qualifications;
    const change = (staffId: number) => attempt('qualifications.save', { ...deadline(staffId), id: q!.id });
    expect(refusal(await change(9999))).toEqual({ staffId: 'Choose someone from the staff list' });
    expect(refusal(await change(elmPerson!.id))).toEqual({ staffId: 'Choose someone from the staff list' });
    expect(refusal(await change(left!.id))).toEqual({ staffId: 'Choose someone who still works here' });
    expect(
      refusal(await attempt('qualifications.save', { ...deadline(sam), id: q!.id, startedOn: '2025-02-30' })),
    ).toMatchObject({ startedOn: expect.any(String) });
    expect((await call('duties.overview', { homeId })).qualifications).toEqual([q]);
  });

  it('refuses a deadline that belongs to another home', async () => {
    const { attempt, call, sam, deadline, otherHome } = await setUpStaffDates(tempFolder());
    const [q] = (await call('qualifications.save', deadline(sam))).qualifications;
    const elm = otherHome();
    const moved = await attempt('qualifications.save', { ...deadline(sam), homeId: elm.id, id: q!.id });
    expect(moved).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('removing a qualification deadline', () => {
  it('takes it off the calendar, achieved or not, and leaves the others', async () => {
    const { call, homeId, sam, deadline } = await setUpStaffDates(tempFolder());
    await call('qualifications.save', deadline(sam));
    const [a, b] = (await call('qualifications.save', deadline(sam, { level: 5 }))).qualifications;
    const achieved = await call('qualifications.save', {
      ...deadline(sam, { achievedOn: '2026-10-01' }),
      id: a!.id,
    });
    expect(achieved.qualifications.find((q) => q.id === a!.id)?.state).toBe('done');
    const left = await call('qualifications.remove', { homeId, id: a!.id });
    expect(left.qualifications.map((q) => q.id)).toEqual([b!.id]);
    expect((await call('qualifications.remove', { homeId, id: b!.id })).qualifications).toEqual([]);
  });

  it('refuses another home’s deadline and one already removed, and changes nothing', async () => {
    const { attempt, call, homeId, sam, deadline, otherHome } = await setUpStaffDates(tempFolder());
    const [q] = (await call('qualifications.save', deadline(sam))).qualifications;
    const elm = otherHome();
    expect(await attempt('qualifications.remove', { homeId: elm.id, id: q!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That qualification record no longer exists.' },
    });
    expect((await call('duties.overview', { homeId })).qualifications).toEqual([q]);
    await call('qualifications.remove', { homeId, id: q!.id });
    expect(await attempt('qualifications.remove', { homeId, id: q!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That qualification record no longer exists.' },
    });
    expect(await attempt('qualifications.remove', { homeId, id: 'one' })).toMatchObject({ ok: false });
  });
});
