import { describe, expect, it } from 'vitest';
import { isEasyToGuessPin } from '../../contract/pin-rules';
import { openLockable } from '../test-support/lockable-store';
import { useTempFolder } from '../test-support/temp-folder';
import type { EncryptionOptions } from '../encryption/unlock';
import type { RecoveryKeyCheck } from './manager-check';

const tempFolder = useTempFolder();
const PIN = '582914';
const PASSWORD = 'kettle orchard lantern';

function setUp(recoveryKeyMatches?: RecoveryKeyCheck, encryption?: EncryptionOptions) {
  const t = openLockable(tempFolder(), { recoveryKeyMatches, encryption });
  return {
    attempt: t.attempt,
    lock: () => t.attempt('lock.enter', { mode: 'voice', homeId: t.homeId, subjectId: null }),
    recoveryKeyShown: t.store.recoveryKeyToShow,
    locked: () => t.store.handlers['lock.status']({}) !== null,
    restart: t.restart,
    /** Types wrong PINs, waiting out each wait, so the count goes up by `count`. */
    async wrongPins(count: number) {
      for (let i = 0; i < count; i += 1) {
        await t.attempt('lock.exit', { pin: '000001' });
        t.advance(16 * 60);
      }
    },
  };
}

describe('which PINs the manager may choose', () => {
  it('refuses short PINs, repeats, runs and common PINs, and accepts a PIN others could not guess', async () => {
    for (const pin of [
      '000000',
      '111111',
      '123456',
      '654321',
      '234567',
      '890123',
      '121212',
      '123123',
      '12341234',
      '159753',
    ]) {
      expect(isEasyToGuessPin(pin), pin).toBe(true);
    }
    for (const pin of ['582914', '130872', '90210477']) expect(isEasyToGuessPin(pin), pin).toBe(false);

    const t = setUp();
    expect(await t.attempt('pin.set', { newPin: '2468' })).toMatchObject({
      ok: false,
      error: { fields: { newPin: 'Enter a PIN of 6 to 12 digits, using numbers only' } },
    });
    expect(await t.attempt('pin.set', { newPin: '123456' })).toMatchObject({
      ok: false,
      error: { fields: { newPin: expect.stringMatching(/Choose a PIN others could not guess/) } },
    });
    expect(await t.attempt('pin.set', { newPin: '000000' })).toMatchObject({ ok: false });
    expect(await t.attempt('pin.set', { newPin: PIN })).toMatchObject({ ok: true, value: { isSet: true } });
  });
});

describe('wrong PINs', () => {
  it('are counted across unlocks and restarts: the right PIN does not start the count again', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.lock();
    await t.wrongPins(4);
    expect(await t.attempt('lock.exit', { pin: PIN })).toEqual({ ok: true, value: null });
    t.restart();
    await t.lock();
    // The fifth wrong PIN overall brings the first wait, although the manager unlocked in between.
    expect(await t.attempt('lock.exit', { pin: '000001' })).toMatchObject({
      error: { message: 'That PIN is not right. Too many wrong PINs: wait 30 seconds, then try again.' },
    });
  });

  it('after ten, no longer unlock with the PIN: the manager’s password does, and starts the count again', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    expect(await t.attempt('password.set', { newPassword: 'short' })).toMatchObject({
      ok: false,
      error: { fields: { newPassword: 'Enter a password of at least 10 characters' } },
    });
    expect(await t.attempt('password.set', { newPassword: PASSWORD })).toEqual({
      ok: true,
      value: { isSet: true },
    });
    await t.lock();
    await t.wrongPins(9);
    expect(await t.attempt('lock.exit', { pin: '000001' })).toMatchObject({
      error: {
        message: expect.stringMatching(/the PIN no longer unlocks Hallmarks. Use the manager’s password\.$/),
      },
    });
    t.restart();
    expect(await t.attempt('lock.exit', { pin: PIN })).toMatchObject({
      ok: false,
      error: {
        fields: {
          pin: expect.stringMatching(/the PIN no longer unlocks Hallmarks. Use the manager’s password/),
        },
      },
    });
    expect(t.locked()).toBe(true);
    expect(await t.attempt('lock.exit', { password: 'not the password' })).toMatchObject({
      ok: false,
      error: { fields: { password: 'That password is not right. Check it and try again.' } },
    });
    expect(await t.attempt('lock.exit', { password: PASSWORD })).toEqual({ ok: true, value: null });
    expect(t.locked()).toBe(false);
    expect(await t.attempt('pin.status', {})).toEqual({
      ok: true,
      value: { isSet: true, needsPassword: false },
    });
    await t.lock();
    expect(await t.attempt('lock.exit', { pin: PIN })).toEqual({ ok: true, value: null });
  });

  it('after ten, without a password or recovery key, still unlock with the right PIN once the wait has passed', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.lock();
    await t.wrongPins(12);
    expect(await t.attempt('lock.exit', { pin: PIN })).toEqual({ ok: true, value: null });
  });

  it('after ten, unlock with the recovery key through its hook, which always works', async () => {
    const t = setUp((typed) => typed === 'RECOVERY-KEY');
    await t.attempt('pin.set', { newPin: PIN });
    await t.lock();
    await t.wrongPins(10);
    expect(await t.attempt('lock.exit', { pin: PIN })).toMatchObject({
      error: { message: expect.stringMatching(/Use the recovery key\.$/) },
    });
    expect(await t.attempt('lock.exit', { recoveryKey: 'WRONG' })).toMatchObject({
      error: { fields: { recoveryKey: expect.stringMatching(/not this data’s recovery key/) } },
    });
    expect(await t.attempt('lock.exit', { recoveryKey: 'RECOVERY-KEY' })).toEqual({ ok: true, value: null });
  });

  it('after ten, an encrypted data file takes its own recovery key, and no other', async () => {
    const t = setUp(undefined, {
      passphrase: 'passphrase for the lock test',
      scrypt: { N: 1024, r: 8, p: 1 },
    });
    const recoveryKey = t.recoveryKeyShown!;
    expect(recoveryKey).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$/);
    await t.attempt('pin.set', { newPin: PIN });
    await t.lock();
    await t.wrongPins(10);
    const another = setUp(undefined, {
      passphrase: 'another file entirely',
      scrypt: { N: 1024, r: 8, p: 1 },
    });
    expect(await t.attempt('lock.exit', { recoveryKey: another.recoveryKeyShown! })).toMatchObject({
      error: { fields: { recoveryKey: expect.stringMatching(/not this data’s recovery key/) } },
    });
    // Typed as a person would: lower case, spaces for dashes.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(await t.attempt('lock.exit', { recoveryKey: typed })).toEqual({ ok: true, value: null });
  });

  it('refuses the recovery key plainly while no hook checks it, and a forgotten PIN is replaced with the password', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: PIN });
    await t.attempt('password.set', { newPassword: PASSWORD });
    await t.lock();
    expect(await t.attempt('lock.exit', { recoveryKey: 'anything' })).toMatchObject({
      error: { message: 'This copy of Hallmarks has no recovery key yet. Use the PIN or the password.' },
    });
    await t.attempt('lock.exit', { password: PASSWORD });
    expect(await t.attempt('pin.set', { password: 'wrong password', newPin: '130872' })).toMatchObject({
      ok: false,
    });
    expect(await t.attempt('pin.set', { password: PASSWORD, newPin: '130872' })).toMatchObject({ ok: true });
    expect(await t.attempt('password.set', { newPassword: 'another long one' })).toMatchObject({
      error: { fields: { currentPassword: 'Enter the current password' } },
    });
    expect(
      await t.attempt('password.set', { currentPassword: PASSWORD, newPassword: 'another long one' }),
    ).toMatchObject({ ok: true });
  });
});
