import { describe, expect, it } from 'vitest';
import { openLockable } from '../test-support/lockable-store';
import { useTempFolder } from '../test-support/temp-folder';
import type { RecoveryKeyCheck } from './manager-check';

const tempFolder = useTempFolder();
const PIN = '582914';
const PASSWORD = 'kettle orchard lantern';
const RECOVERY_KEY = 'RECOVERY-KEY';

function setUp(recoveryKeyMatches?: RecoveryKeyCheck) {
  const t = openLockable(tempFolder(), { recoveryKeyMatches });
  return {
    attempt: t.attempt,
    homeId: t.homeId,
    advance: t.advance,
    restart: t.restart,
    status: () => t.store.handlers['lock.status']({}),
    lock: (subjectId: number | null = null) =>
      t.attempt('lock.enter', { mode: 'rating', homeId: t.homeId, subjectId }),
    locked: () => t.store.handlers['lock.status']({}) !== null,
    /** Types wrong PINs at the locked screen, waiting out each wait, so the count goes up by `count`. */
    async wrongPins(count: number) {
      for (let i = 0; i < count; i += 1) {
        await t.attempt('lock.exit', { pin: '000001' });
        t.advance(16 * 60);
      }
    },
  };
}

describe('the locked screen, as the manager meets it', () => {
  it('keeps the home, the subject and the time it was locked, and refuses a home that does not exist', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    expect(await t.attempt('lock.enter', { mode: 'rating', homeId: 999, subjectId: null })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(t.locked()).toBe(false);
    const entered = await t.lock(7);
    const status = { mode: 'rating', homeId: t.homeId, subjectId: 7, lockedAt: '2026-07-01T23:30:00.000Z' };
    expect(entered).toEqual({ ok: true, value: status });
    t.restart();
    expect(t.status()).toEqual(status);
  });

  it('leaving when nothing is locked checks nothing and counts no wrong PIN', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    for (let i = 0; i < 5; i += 1) {
      expect(await t.attempt('lock.exit', { pin: '000001' })).toEqual({ ok: true, value: null });
    }
    await t.lock();
    // Had those five been counted, this first wrong PIN at a real lock would bring a wait.
    expect(await t.attempt('lock.exit', { pin: '000001' })).toMatchObject({
      error: { message: 'That PIN is not right. Check it and try again.' },
    });
  });

  it('says the PIN is the way in when no password has been set, and stays locked', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.lock();
    const message = 'No manager’s password has been set, so the PIN is the way to unlock.';
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message, fields: { password: message } },
    });
    expect(t.locked()).toBe(true);
  });

  it('makes each new password try wait after five wrong ones, and a try during the wait is not checked', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.attempt('password.set', { newPassword: PASSWORD });
    await t.lock();
    for (let i = 0; i < 4; i += 1) {
      expect(await t.attempt('lock.exit', { password: 'not the password' })).toMatchObject({
        error: { message: 'That password is not right. Check it and try again.' },
      });
    }
    expect(await t.attempt('lock.exit', { password: 'not the password' })).toMatchObject({
      error: {
        fields: {
          password: 'That password is not right. Too many wrong passwords: wait 30 seconds, then try again.',
        },
      },
    });
    t.advance(29.5);
    // Half a second left is still a wait, shown as a whole second; the right password is not looked at.
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toMatchObject({
      error: { message: 'Too many wrong passwords. Wait 1 second, then try again.' },
    });
    expect(t.locked()).toBe(true);
    t.advance(0.5);
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toEqual({ ok: true, value: null });
    expect(t.locked()).toBe(false);
  });

  it('after ten wrong PINs names both other ways in, and the recovery key starts the count again', async () => {
    const t = setUp((typed) => typed === RECOVERY_KEY);
    await t.attempt('pin.set', { newPin: PIN });
    await t.attempt('password.set', { newPassword: PASSWORD });
    await t.lock();
    await t.wrongPins(10);
    expect(await t.attempt('lock.exit', { pin: PIN })).toMatchObject({
      error: {
        message:
          'Too many wrong PINs have been typed, so the PIN no longer unlocks Hallmarks. Use the manager’s password or the recovery key.',
      },
    });
    expect(t.locked()).toBe(true);
    expect(await t.attempt('lock.exit', { recoveryKey: RECOVERY_KEY })).toEqual({ ok: true, value: null });
    expect(await t.attempt('pin.status', {})).toEqual({
      ok: true,
      value: { isSet: true, needsPassword: false },
    });
    await t.lock();
    expect(await t.attempt('lock.exit', { pin: PIN })).toEqual({ ok: true, value: null });
  });

  it('after ten wrong PINs with nothing else to ask for, a password set then is needed from then on', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.lock();
    await t.wrongPins(10);
    // With no password, the PIN still unlocks once the wait has passed.
    expect(await t.attempt('lock.exit', { pin: PIN })).toEqual({ ok: true, value: null });
    expect(await t.attempt('pin.status', {})).toEqual({
      ok: true,
      value: { isSet: true, needsPassword: false },
    });
    await t.attempt('password.set', { newPassword: PASSWORD });
    expect(await t.attempt('pin.status', {})).toEqual({
      ok: true,
      value: { isSet: true, needsPassword: true },
    });
    await t.lock();
    expect(await t.attempt('lock.exit', { pin: PIN })).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/no longer unlocks Hallmarks\. Use the manager’s password\.$/),
      },
    });
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toEqual({ ok: true, value: null });
  });

  it('the right password also starts the password’s own count again', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.attempt('password.set', { newPassword: PASSWORD });
    await t.lock();
    for (let i = 0; i < 4; i += 1) await t.attempt('lock.exit', { password: 'wrong' });
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toEqual({ ok: true, value: null });
    await t.lock();
    // Four wrong ones again bring no wait: the count began again at the right password; the fifth does.
    for (let i = 0; i < 4; i += 1) {
      expect(await t.attempt('lock.exit', { password: 'wrong' })).toMatchObject({
        error: { message: 'That password is not right. Check it and try again.' },
      });
    }
    expect(await t.attempt('lock.exit', { password: 'wrong' })).toMatchObject({
      error: { message: expect.stringMatching(/wait 30 seconds, then try again\.$/) },
    });
  });
});

describe('changing the PIN and the password', () => {
  it('asks for the current PIN, or the current password, before changing either', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.attempt('password.set', { newPassword: PASSWORD });
    expect(await t.attempt('pin.set', { newPin: '907153' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Enter the current PIN to change it.',
        fields: { currentPin: 'Enter the current PIN' },
      },
    });
    expect(await t.attempt('password.set', { newPassword: 'another long one' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Enter the current password to change it.',
        fields: { currentPassword: 'Enter the current password' },
      },
    });
    await t.lock();
    // Neither was changed: each still unlocks.
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toEqual({ ok: true, value: null });
    await t.lock();
    expect(await t.attempt('lock.exit', { pin: PIN })).toEqual({ ok: true, value: null });
  });

  it('before any PIN is set, five wrong current passwords bring a wait', async () => {
    const t = setUp();
    await t.attempt('password.set', { newPassword: PASSWORD });
    const change = { currentPassword: 'not the password', newPassword: 'another long one' };
    for (let i = 0; i < 4; i += 1) {
      expect(await t.attempt('password.set', change)).toMatchObject({
        error: { message: 'That password is not right. Check it and try again.' },
      });
    }
    expect(await t.attempt('password.set', change)).toMatchObject({
      error: {
        fields: {
          currentPassword:
            'That password is not right. Too many wrong passwords: wait 30 seconds, then try again.',
        },
      },
    });
  });

  it('a wrong current PIN is shown beside the current PIN box, and the PIN is not changed', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    expect(await t.attempt('pin.set', { currentPin: '130872', newPin: '907153' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', fields: { currentPin: 'That PIN is not right. Check it and try again.' } },
    });
    await t.lock();
    expect(await t.attempt('lock.exit', { pin: '907153' })).toMatchObject({ ok: false });
    expect(await t.attempt('lock.exit', { pin: PIN })).toEqual({ ok: true, value: null });
  });

  it('a new PIN starts with no wrong tries against it', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.lock();
    await t.wrongPins(4);
    await t.attempt('lock.exit', { pin: PIN });
    expect(await t.attempt('pin.set', { currentPin: PIN, newPin: '907153' })).toMatchObject({ ok: true });
    await t.lock();
    // Without the fresh count this would be the fifth wrong PIN, with a wait.
    expect(await t.attempt('lock.exit', { pin: '000001' })).toMatchObject({
      error: { message: 'That PIN is not right. Check it and try again.' },
    });
    expect(await t.attempt('lock.exit', { pin: '907153' })).toEqual({ ok: true, value: null });
  });

  it('a wrong current password is shown beside its box, and the old password still works', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.attempt('password.set', { newPassword: PASSWORD });
    expect(
      await t.attempt('password.set', {
        currentPassword: 'not the password',
        newPassword: 'another long one',
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: 'That password is not right. Check it and try again.' } },
    });
    await t.lock();
    expect(await t.attempt('lock.exit', { password: 'another long one' })).toMatchObject({ ok: false });
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toEqual({ ok: true, value: null });
  });

  it('a changed password replaces the old one at the locked screen', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    expect(await t.attempt('password.status', {})).toEqual({ ok: true, value: { isSet: false } });
    await t.attempt('password.set', { newPassword: PASSWORD });
    expect(await t.attempt('password.status', {})).toEqual({ ok: true, value: { isSet: true } });
    expect(
      await t.attempt('password.set', { currentPassword: PASSWORD, newPassword: 'another long one' }),
    ).toEqual({ ok: true, value: { isSet: true } });
    await t.lock();
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toMatchObject({ ok: false });
    expect(await t.attempt('lock.exit', { password: 'another long one' })).toEqual({ ok: true, value: null });
  });
});
