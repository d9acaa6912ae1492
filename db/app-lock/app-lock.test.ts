import { describe, expect, it } from 'vitest';
import { APP_LOCKED_MESSAGE, OPEN_WHILE_APP_LOCKED } from '../../contract/app-lock';
import { operationNames } from '../../contract/operation-names';
import { openLockable } from '../test-support/lockable-store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const PIN = '582914';
const PASSWORD = 'kettle orchard lantern';
const RECOVERY = 'RECOVERY-KEY-FOR-TESTS';

function setUp() {
  const t = openLockable(tempFolder(), { recoveryKeyMatches: (typed) => typed === RECOVERY });
  const call = t.attempt;
  return {
    call,
    homeId: t.homeId,
    restart: t.restart,
    later: t.advance,
    async withSecrets() {
      await call('pin.set', { newPin: PIN });
      await call('password.set', { newPassword: PASSWORD });
    },
  };
}

describe('the app lock', () => {
  it('cannot lock before the manager has a PIN or a password to unlock it with', async () => {
    const app = setUp();
    const refused = await app.call('appLock.lock', { reason: 'button' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await app.call('appLock.status', {})).toMatchObject({
      ok: true,
      value: { locked: false, canLock: false, idleMinutes: 10 },
    });
  });

  it('refuses every operation but its own while locked, and keeps refusing after a restart', async () => {
    const app = setUp();
    await app.withSecrets();
    expect(await app.call('appLock.lock', { reason: 'keys' })).toMatchObject({
      ok: true,
      value: { locked: true },
    });
    for (const [name, input] of [
      ['homes.list', {}],
      ['homes.get', { id: app.homeId }],
      ['app.start', {}],
      ['reviews.list', { homeId: app.homeId }],
      ['backups.list', {}],
      ['pin.set', { newPin: '902817', password: PASSWORD }],
      ['appLock.setIdle', { idleMinutes: 60 }],
    ] as const) {
      const result = await app.call(name, input as never);
      expect(result, name).toEqual({ ok: false, error: { code: 'app_locked', message: APP_LOCKED_MESSAGE } });
    }
    app.restart();
    expect(await app.call('homes.list', {})).toMatchObject({ ok: false, error: { code: 'app_locked' } });
    expect(await app.call('appLock.status', {})).toMatchObject({ ok: true, value: { locked: true } });
  });

  it('lets through only the lock screen’s operations and the shell’s lock status', () => {
    const open = operationNames.filter((name) => OPEN_WHILE_APP_LOCKED.has(name));
    expect(open.sort()).toEqual(['appLock.lock', 'appLock.status', 'appLock.unlock', 'lock.status']);
  });

  it('opens with the PIN, the password or the recovery key', async () => {
    const app = setUp();
    await app.withSecrets();
    for (const way of [{ pin: PIN }, { password: PASSWORD }, { recoveryKey: RECOVERY }]) {
      await app.call('appLock.lock', { reason: 'idle' });
      expect(await app.call('appLock.unlock', way)).toMatchObject({ ok: true, value: { locked: false } });
      expect(await app.call('homes.list', {})).toMatchObject({ ok: true });
    }
  });

  it('after five wrong passwords makes each try wait, longer each time, across a restart', async () => {
    const app = setUp();
    await app.withSecrets();
    await app.call('appLock.lock', { reason: 'button' });
    for (let i = 0; i < 4; i += 1) {
      expect(await app.call('appLock.unlock', { password: 'wrong guess here' })).toMatchObject({
        error: { fields: { password: 'That password is not right. Check it and try again.' } },
      });
    }
    expect(await app.call('appLock.unlock', { password: 'wrong guess here' })).toMatchObject({
      error: { fields: { password: expect.stringMatching(/wait 30 seconds/) } },
    });
    app.restart();
    // The right password during the wait is not even checked.
    expect(await app.call('appLock.unlock', { password: PASSWORD })).toMatchObject({
      error: { fields: { password: expect.stringMatching(/Wait 30 seconds/) } },
    });
    app.later(31);
    expect(await app.call('appLock.unlock', { password: 'wrong guess again' })).toMatchObject({
      error: { fields: { password: expect.stringMatching(/wait 1 minute/) } },
    });
    expect(await app.call('appLock.status', {})).toMatchObject({ value: { locked: true } });
    // The recovery key works during a wait, and starts the count again.
    expect(await app.call('appLock.unlock', { recoveryKey: RECOVERY })).toMatchObject({
      value: { locked: false },
    });
    await app.call('appLock.lock', { reason: 'button' });
    expect(await app.call('appLock.unlock', { password: PASSWORD })).toMatchObject({
      value: { locked: false },
    });
  });

  it('shares the count of wrong PINs with locked mode’s exit', async () => {
    const app = setUp();
    await app.withSecrets();
    await app.call('lock.enter', { mode: 'voice', homeId: app.homeId, subjectId: null });
    for (let i = 0; i < 5; i += 1) await app.call('lock.exit', { pin: '000001' });
    await app.call('appLock.lock', { reason: 'idle' });
    expect(await app.call('appLock.unlock', { pin: PIN })).toMatchObject({
      error: { fields: { pin: expect.stringMatching(/Wait 30 seconds/) } },
    });
  });

  it('unlocks back into survey mode, not the manager’s screens', async () => {
    const app = setUp();
    await app.withSecrets();
    await app.call('lock.enter', { mode: 'voice', homeId: app.homeId, subjectId: null });
    await app.call('appLock.lock', { reason: 'idle' });
    expect(await app.call('lock.status', {})).toMatchObject({ ok: true, value: { mode: 'voice' } });
    await app.call('appLock.unlock', { pin: PIN });
    expect(await app.call('lock.status', {})).toMatchObject({ ok: true, value: { mode: 'voice' } });
    expect(await app.call('homes.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('keeps an idle time of 5 to 60 minutes, and refuses any other', async () => {
    const app = setUp();
    expect(await app.call('appLock.setIdle', { idleMinutes: 25 })).toMatchObject({
      value: { idleMinutes: 25 },
    });
    for (const idleMinutes of [4, 61, 7.5]) {
      expect(await app.call('appLock.setIdle', { idleMinutes })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    app.restart();
    expect(await app.call('appLock.status', {})).toMatchObject({ value: { idleMinutes: 25 } });
  });
});
