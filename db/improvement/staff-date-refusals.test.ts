import { describe, expect, it } from 'vitest';
import { member, setUpStaffDates } from '../test-support/staff-dates-setup';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** The message and the field messages of a refusal of what was entered, or null when it was taken. */
function refusal(result: { ok: boolean; error?: { code: string; message: string; fields?: unknown } }) {
  if (result.ok) return null;
  expect(result.error!.code).toBe('invalid_input');
  return { message: result.error!.message, fields: result.error!.fields };
}

describe('a qualification deadline refused, with the reason said', () => {
  it('refuses a deferred date on or before the start, and takes the day after with a reason', async () => {
    const { attempt, call, sam, deadline } = await setUpStaffDates(tempFolder());
    const base = deadline(sam, { startedOn: '2024-09-01' });
    expect(
      refusal(
        await attempt('qualifications.save', { ...base, deferredTo: '2024-09-01', deferralReason: 'x' }),
      ),
    ).toEqual({
      message: 'The deferred date is before they started.',
      fields: { deferredTo: 'Enter a date after 1 September 2024, when they started' },
    });
    const taken = await call('qualifications.save', {
      ...base,
      deferredTo: '2024-09-02',
      deferralReason: 'x',
    });
    expect(taken.qualifications[0]).toMatchObject({ deferredTo: '2024-09-02', deferralReason: 'x' });
  });

  it('asks why a date was deferred, also when no reason was sent at all', async () => {
    const { attempt, call, homeId, sam, deadline } = await setUpStaffDates(tempFolder());
    const why = {
      message: 'Say why the date was deferred.',
      fields: { deferralReason: 'Say why the date was deferred, for example a long absence' },
    };
    const base = deadline(sam, { startedOn: '2024-09-01' });
    expect(
      refusal(
        await attempt('qualifications.save', { ...base, deferredTo: '2027-03-01', deferralReason: ' ' }),
      ),
    ).toEqual(why);
    expect(refusal(await attempt('qualifications.save', { ...base, deferredTo: '2027-03-01' }))).toEqual(why);
    expect((await call('duties.overview', { homeId })).qualifications).toEqual([]);
  });

  it('keeps no reason for a date that is not deferred', async () => {
    const { call, sam, deadline } = await setUpStaffDates(tempFolder());
    const saved = await call('qualifications.save', {
      ...deadline(sam),
      deferredTo: null,
      deferralReason: 'Typed, then the date cleared',
    });
    expect(saved.qualifications[0]).toMatchObject({ deferredTo: null, deferralReason: '' });
  });

  it('refuses a new deadline for no one, and an achievement dated after today', async () => {
    const { attempt, sam, deadline } = await setUpStaffDates(tempFolder());
    expect(refusal(await attempt('qualifications.save', deadline(null)))).toEqual({
      message: 'Choose who the deadline is for.',
      fields: { staffId: 'Choose someone from the staff list' },
    });
    expect(
      refusal(await attempt('qualifications.save', deadline(sam, { achievedOn: '2026-11-21' }))),
    ).toEqual({
      message: 'The date it was achieved cannot be in the future.',
      fields: { achievedOn: 'Enter a date that is today or earlier' },
    });
  });
});

describe('an appraisal or a check refused, with the reason said', () => {
  it('takes an appraisal on the day they started, and refuses the day before or after today', async () => {
    const { attempt, call, homeId, sam } = await setUpStaffDates(tempFolder());
    expect(
      refusal(await attempt('appraisals.record', { homeId, staffId: sam, appraisedOn: '2025-01-05' })),
    ).toEqual({
      message: 'The appraisal is dated before they started.',
      fields: { appraisedOn: 'Enter a date on or after 6 January 2025, when they started' },
    });
    expect(
      refusal(await attempt('appraisals.record', { homeId, staffId: sam, appraisedOn: '2026-11-21' })),
    ).toEqual({
      message: 'The date of the appraisal cannot be in the future.',
      fields: { appraisedOn: 'Enter a date that is today or earlier' },
    });
    const taken = await call('appraisals.record', { homeId, staffId: sam, appraisedOn: '2025-01-06' });
    expect(taken.appraisals.find((a) => a.staffId === sam)).toMatchObject({ lastAppraisalOn: '2025-01-06' });
  });

  it('takes any appraisal date up to today for someone with no start date', async () => {
    const { call, homeId } = await setUpStaffDates(tempFolder());
    const [kim] = (await call('staff.save', member(homeId, 'Kim', { startedOn: null }))).filter(
      (m) => m.name === 'Kim',
    );
    const taken = await call('appraisals.record', { homeId, staffId: kim!.id, appraisedOn: '2000-01-01' });
    expect(taken.appraisals.find((a) => a.staffId === kim!.id)).toMatchObject({
      lastAppraisalOn: '2000-01-01',
    });
  });

  it('says the first problem with a supervision’s dates as its message', async () => {
    const { attempt, homeId, sam } = await setUpStaffDates(tempFolder());
    const result = await attempt('staffChecks.record', {
      homeId,
      staffId: sam,
      kind: 'supervision',
      doneOn: '2026-10-01',
      nextDueOn: '2026-09-01',
    });
    expect(refusal(result)).toEqual({
      message: 'Enter a date for the next supervision after the last one',
      fields: { nextDueOn: 'Enter a date for the next supervision after the last one' },
    });
  });
});
