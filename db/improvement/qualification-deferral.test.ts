import { describe, expect, it } from 'vitest';
import { setUpStaffDates } from '../test-support/staff-dates-setup';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('a deferred qualification date (Regulations 32 and 28)', () => {
  it('is due by the deferred date, keeps the regulation’s date and the reason, and survives recording it achieved', async () => {
    const { call, sam, deadline } = await setUpStaffDates(tempFolder());
    const [q] = (await call('qualifications.save', deadline(sam, { level: 3, startedOn: '2024-09-01' })))
      .qualifications;
    expect(q).toMatchObject({ deadline: '2026-09-01', regulationDeadline: '2026-09-01', deferredTo: null });
    const deferred = await call('qualifications.save', {
      ...deadline(sam, { level: 3, startedOn: '2024-09-01' }),
      id: q!.id,
      deferredTo: '2027-03-01',
      deferralReason: 'Six months of sick leave',
    });
    expect(deferred.qualifications[0]).toMatchObject({
      deadline: '2027-03-01',
      regulationDeadline: '2026-09-01',
      deferredTo: '2027-03-01',
      deferralReason: 'Six months of sick leave',
      state: 'ok',
    });
    // Recording it achieved, as that form does, leaves the deferral as recorded.
    const achieved = await call('qualifications.save', {
      ...deadline(sam, { level: 3, startedOn: '2024-09-01' }),
      id: q!.id,
      achievedOn: '2026-10-01',
    });
    expect(achieved.qualifications[0]).toMatchObject({ deferredTo: '2027-03-01', state: 'done' });
  });

  it('asks why, and refuses a date before they started', async () => {
    const { attempt, call, sam, deadline } = await setUpStaffDates(tempFolder());
    const [q] = (await call('qualifications.save', deadline(sam, { startedOn: '2024-09-01' })))
      .qualifications;
    const base = { ...deadline(sam, { startedOn: '2024-09-01' }), id: q!.id };
    const noReason = await attempt('qualifications.save', {
      ...base,
      deferredTo: '2027-03-01',
      deferralReason: ' ',
    });
    expect(noReason).toMatchObject({ ok: false, error: { fields: { deferralReason: expect.any(String) } } });
    const early = await attempt('qualifications.save', {
      ...base,
      deferredTo: '2024-08-01',
      deferralReason: 'x',
    });
    expect(early).toMatchObject({ ok: false, error: { fields: { deferredTo: expect.any(String) } } });
  });
});
