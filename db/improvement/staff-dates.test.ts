import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { openStore } from '../store';
import { openHarness } from '../test-support/handler-harness';
import { member, setUpStaffDates } from '../test-support/staff-dates-setup';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('qualification deadlines for people on the staff list', () => {
  it('names the member of staff, follows a change of name, and reads "left" once they leave', async () => {
    const { call, homeId, sam, deadline } = await setUpStaffDates(tempFolder());
    const saved = await call('qualifications.save', deadline(sam));
    expect(saved.qualifications).toEqual([
      expect.objectContaining({ staffId: sam, person: 'Sam Patel', deadline: '2027-01-06', state: 'ok' }),
    ]);
    await call('staff.save', { ...member(homeId, 'Sam P'), id: sam });
    expect((await call('duties.overview', { homeId })).qualifications[0]?.person).toBe('Sam P');
    await call('staff.save', { ...member(homeId, 'Sam P'), id: sam, status: 'left', leftOn: '2026-11-01' });
    const gone = (await call('duties.overview', { homeId })).qualifications[0];
    expect(gone).toMatchObject({ state: 'left', leftOn: '2026-11-01' });
  });

  it('shows a late deadline as left, not late, when the person has left', async () => {
    const { call, homeId, sam, deadline, setClock } = await setUpStaffDates(tempFolder());
    await call('qualifications.save', deadline(sam, { startedOn: '2024-01-06' }));
    // Past the home's first quarter in Hallmarks, so the missed deadline is late.
    setClock('2027-03-01T10:00:00Z');
    expect((await call('duties.overview', { homeId })).qualifications[0]?.state).toBe('late');
    await call('staff.save', {
      ...member(homeId, 'Sam Patel'),
      id: sam,
      status: 'left',
      leftOn: '2026-10-01',
    });
    const overview = await call('duties.overview', { homeId });
    expect(overview.qualifications[0]?.state).toBe('left');
  });

  it('refuses an unknown id, someone from another home and someone who has left, against the field', async () => {
    const { attempt, call, homeId, sam, deadline, strangers } = await setUpStaffDates(tempFolder());
    const { elmPerson, left } = await strangers();
    const refusal = async (input: unknown) => {
      const result = await attempt('qualifications.save', input);
      return result.ok ? null : result.error.fields;
    };
    expect(await refusal(deadline(9999))).toEqual({ staffId: 'Choose someone from the staff list' });
    expect(await refusal(deadline(elmPerson!.id))).toEqual({ staffId: 'Choose someone from the staff list' });
    expect(await refusal(deadline(left!.id))).toEqual({ staffId: 'Choose someone who still works here' });
    expect(await refusal(deadline(null))).toEqual({ staffId: 'Choose someone from the staff list' });
    expect(await refusal({ ...deadline(sam), staffId: 'Sam' })).toEqual({
      staffId: 'Choose someone from the staff list',
    });
    expect((await call('duties.overview', { homeId })).qualifications).toEqual([]);
  });

  it('in a new home’s first quarter, asks what happened by a deadline already past instead of raising "Late"', async () => {
    // Added on 20 November 2026. Level 3 within 2 years of starting (regs 32 and 28): Sam's passed on
    // 6 January 2026, before the home was added, and may have been met, met with an equivalent, or deferred.
    const { call, homeId, sam, deadline, setClock } = await setUpStaffDates(tempFolder());
    await call('staff.save', member(homeId, 'Kim', { startedOn: '2025-06-02' }));
    const kim = (await call('staff.list', { homeId })).find((m) => m.name === 'Kim')!.id;
    await call('qualifications.save', deadline(sam, { startedOn: '2024-01-06' }));
    // Kim's deadline, 2 June 2027, is still ahead: tracked as usual.
    await call('qualifications.save', deadline(kim, { startedOn: '2025-06-02' }));
    const states = async () =>
      (await call('duties.overview', { homeId })).qualifications.map((q) => [q.person, q.deadline, q.state]);
    const alerts = async () =>
      (await call('dashboard.get', { homeId })).alerts
        .filter((a) => /Level/.test(a.title))
        .map((a) => [a.severity, a.title]);
    expect(await states()).toEqual([
      ['Kim', '2027-06-02', 'ok'],
      ['Sam Patel', '2026-01-06', 'not-recorded'],
    ]);
    expect(await alerts()).toEqual([['low', 'Record whether a Level 3 or Level 5 deadline was met']]);
    // After the first quarter, a deadline still without an outcome is late.
    setClock('2027-02-20T10:00:00Z');
    expect((await states())[1]).toEqual(['Sam Patel', '2026-01-06', 'late']);
    expect(await alerts()).toEqual([['high', 'Late: Sam Patel: Level 3']]);
  });

  it('records the achievement of someone who has since left, but not a new deadline for them', async () => {
    const { attempt, call, homeId, sam, deadline } = await setUpStaffDates(tempFolder());
    const [q] = (await call('qualifications.save', deadline(sam))).qualifications;
    await call('staff.save', {
      ...member(homeId, 'Sam Patel'),
      id: sam,
      status: 'left',
      leftOn: '2026-11-01',
    });
    const done = await call('qualifications.save', deadline(sam, { id: q!.id, achievedOn: '2026-10-20' }));
    expect(done.qualifications[0]).toMatchObject({ state: 'done', achievedOn: '2026-10-20' });
    expect((await attempt('qualifications.save', deadline(sam, { level: 5 }))).ok).toBe(false);
  });
});

describe('deadlines typed before the staff list', () => {
  it('keeps every typed name, links only an unambiguous match, and can still record the achievement', async () => {
    const file = path.join(tempFolder(), 'old.sqlite');
    const { db } = openConnection(file);
    migrate(
      db,
      migrations.slice(
        0,
        migrations.findIndex((m) => m.name === 'staff-compliance'),
      ),
    );
    db.exec(`
      INSERT INTO homes (name, places) VALUES ('Oak', 3), ('Elm', 2);
      INSERT INTO staff (home_id, name) VALUES (1, 'Alex Smith'), (1, 'Jo'), (1, 'jo '), (2, 'Kim');
      INSERT INTO staff_qualifications (home_id, person, level, started_on) VALUES
        (1, ' alex smith', 3, '2025-01-01'), (1, 'Jo', 3, '2025-02-01'),
        (1, 'Kim', 5, '2025-03-01'), (1, '<b>Typed</b> 🌟', 3, '2025-04-01');
    `);
    db.close();
    const store = openStore({ file, appVersion: '1.0.0', now: () => new Date('2026-11-20T10:00:00Z') });
    const { qualifications } = store.handlers['duties.overview']({ homeId: 1 });
    expect(qualifications.map((q) => [q.person, q.staffId !== null])).toEqual([
      ['<b>Typed</b> 🌟', false],
      ['Alex Smith', true],
      ['Jo', false],
      ['Kim', false],
    ]);
    const typed = qualifications[0]!;
    const after = store.handlers['qualifications.save']({
      homeId: 1,
      id: typed.id,
      staffId: null,
      level: 3,
      startedOn: typed.startedOn,
      achievedOn: '2026-06-01',
    });
    expect(after.qualifications[0]).toMatchObject({ person: '<b>Typed</b> 🌟', state: 'done' });
    // The manager ties the ambiguous "Jo" to the right person; from then on it follows them.
    const jo = qualifications.find((q) => q.person === 'Jo')!;
    const [firstJo] = store.handlers['staff.list']({ homeId: 1 }).filter((m) => m.name === 'Jo');
    const linked = store.handlers['qualifications.save']({
      homeId: 1,
      id: jo.id,
      staffId: firstJo!.id,
      level: 3,
      startedOn: jo.startedOn,
      achievedOn: null,
    });
    expect(linked.qualifications.find((q) => q.id === jo.id)).toMatchObject({ staffId: firstJo!.id });
    expect(() =>
      store.handlers['qualifications.save']({
        homeId: 1,
        id: jo.id,
        staffId: null,
        level: 3,
        startedOn: jo.startedOn,
        achievedOn: null,
      }),
    ).toThrow('Choose who the deadline is for.');
  });
});

describe('appraisals for each member of staff', () => {
  it('are due a year after the last one, or after starting, and replace the home-wide duty', async () => {
    const { call, homeId, sam } = await setUpStaffDates(tempFolder());
    await call('staff.save', member(homeId, 'New', { startedOn: '2026-01-01' }));
    await call('staff.save', member(homeId, 'Unknown start', { startedOn: null }));
    await call('staff.save', member(homeId, 'Gone', { status: 'left', leftOn: '2026-02-01' }));
    const overview = await call('appraisals.record', { homeId, staffId: sam, appraisedOn: '2025-11-30' });
    expect(overview.appraisals.map((a) => [a.name, a.nextDueOn, a.state])).toEqual([
      ['New', '2027-01-01', 'ok'],
      ['Sam Patel', '2026-11-30', 'due-soon'],
      ['Unknown start', null, 'not-recorded'],
    ]);
    expect(overview.duties.map((d) => d.builtinKey)).not.toContain('staff-appraisals');
  });

  it('in a new home’s first quarter, asks for the last appraisal instead of raising "Late" (issue 24)', async () => {
    // Added on 20 November 2026; four staff who started years ago, none with an appraisal recorded.
    const h = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    for (const [name, startedOn] of [
      ['Ann', '2019-03-01'],
      ['Ben', '2021-06-14'],
      ['Cal', '2023-09-04'],
      ['Dee', '2024-02-19'],
    ] as const) {
      await h.call('staff.save', member(h.homeId, name, { startedOn }));
    }
    const alerts = async () =>
      (await h.call('dashboard.get', { homeId: h.homeId })).alerts.filter((a) =>
        /appraise|appraisal/.test(a.title),
      );
    const overview = await h.call('duties.overview', { homeId: h.homeId });
    expect(overview.appraisals.map((a) => a.state)).toEqual([
      'not-recorded',
      'not-recorded',
      'not-recorded',
      'not-recorded',
    ]);
    expect((await alerts()).map((a) => [a.severity, a.title])).toEqual([
      ['low', 'Record when 4 staff were last appraised'],
    ]);
    // Once a date is recorded, that person's next appraisal is tracked as usual.
    await h.call('appraisals.record', {
      homeId: h.homeId,
      staffId: overview.appraisals[0]!.staffId,
      appraisedOn: '2026-03-02',
    });
    expect((await alerts()).map((a) => a.title)).toEqual(['Record when 3 staff were last appraised']);
    // After the first quarter, a date still missing is late again.
    h.setClock('2027-03-01T10:00:00Z');
    expect((await alerts()).filter((a) => a.title.startsWith('Late:'))).toHaveLength(3);
  });

  it('keeps the home-wide duty while the staff list is empty', async () => {
    const h = openHarness(tempFolder());
    const overview = await h.call('duties.overview', { homeId: h.homeId });
    expect(overview.appraisals).toEqual([]);
    expect(overview.duties.map((d) => d.builtinKey)).toContain('staff-appraisals');
  });

  it('refuses a future date, a date before they started, and anyone not working here', async () => {
    const { attempt, call, homeId, sam, strangers } = await setUpStaffDates(tempFolder());
    const { elmPerson, left } = await strangers();
    const fields = async (staffId: number, appraisedOn: string) => {
      const result = await attempt('appraisals.record', { homeId, staffId, appraisedOn });
      return result.ok ? null : result.error.fields;
    };
    expect(await fields(sam, '2026-11-21')).toEqual({ appraisedOn: 'Enter a date that is today or earlier' });
    expect(await fields(sam, '2024-12-31')).toEqual({
      appraisedOn: 'Enter a date on or after 6 January 2025, when they started',
    });
    expect(await fields(9999, '2026-01-01')).toEqual({ staffId: 'Choose someone from the staff list' });
    expect(await fields(elmPerson!.id, '2026-01-01')).toEqual({
      staffId: 'Choose someone from the staff list',
    });
    expect(await fields(left!.id, '2026-01-01')).toEqual({ staffId: 'Choose someone who still works here' });
    expect(await fields(sam, '2026-02-30')).toMatchObject({ appraisedOn: expect.any(String) });
    expect((await call('staff.list', { homeId })).every((m) => m.lastAppraisalOn === null)).toBe(true);
  });

  it('takes the home’s date, not UTC’s, between midnight and 1 am in summer time', async () => {
    const h = openHarness(tempFolder(), '2026-06-14T23:30:00Z');
    const [jo] = await h.call('staff.save', member(h.homeId, 'Jo', { startedOn: '2025-06-15' }));
    const overview = await h.call('appraisals.record', {
      homeId: h.homeId,
      staffId: jo!.id,
      appraisedOn: '2026-06-15',
    });
    expect(overview.appraisals[0]).toMatchObject({ nextDueOn: '2027-06-15', state: 'ok' });
    const tomorrow = await h.attempt('appraisals.record', {
      homeId: h.homeId,
      staffId: jo!.id,
      appraisedOn: '2026-06-16',
    });
    expect(tomorrow.ok).toBe(false);
  });
});
