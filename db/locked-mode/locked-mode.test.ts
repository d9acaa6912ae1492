import { describe, expect, it } from 'vitest';
import { waitAfterWrongPins } from '../../contract/locked-mode';
import { operationNames } from '../../contract/operation-names';
import { allowedWhileLocked } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { digest } from '../test-support/contract-arbitraries';
import { openLockable } from '../test-support/lockable-store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const setUp = () => openLockable(tempFolder());

describe('the wait after wrong PINs', () => {
  it('lets five wrong PINs through, then waits 30 seconds, doubling to at most 15 minutes', () => {
    expect([0, 1, 4].map(waitAfterWrongPins)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 9, 10, 50].map(waitAfterWrongPins)).toEqual([30, 60, 120, 480, 900, 900]);
  });
});

describe('the manager’s PIN', () => {
  it('keeps only a salted hash, and needs the current PIN to change it', async () => {
    const t = setUp();
    expect(t.store.handlers['pin.status']({})).toEqual({ isSet: false, needsPassword: false });
    expect(await t.attempt('pin.set', { newPin: '12ab' })).toMatchObject({
      ok: false,
      error: { fields: { newPin: 'Enter a PIN of 6 to 12 digits, using numbers only' } },
    });
    expect(await t.attempt('pin.set', { newPin: '482913' })).toEqual({
      ok: true,
      value: { isSet: true, needsPassword: false },
    });
    const first = t.store.db.prepare('SELECT salt, hash FROM manager_pin').get() as {
      salt: Buffer;
      hash: Buffer;
    };
    expect(first.hash.toString('latin1')).not.toContain('482913');
    expect(first.hash.length).toBe(32);

    const noCurrent = await t.attempt('pin.set', { newPin: '583920' });
    expect(noCurrent).toMatchObject({
      ok: false,
      error: { fields: { currentPin: 'Enter the current PIN' } },
    });
    const wrong = await t.attempt('pin.set', { currentPin: '000000', newPin: '583920' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { message: 'That PIN is not right. Check it and try again.' },
    });
    expect(await t.attempt('pin.set', { currentPin: '482913', newPin: '482913' })).toMatchObject({
      ok: true,
    });
    const second = t.store.db.prepare('SELECT salt, hash FROM manager_pin').get() as {
      salt: Buffer;
      hash: Buffer;
    };
    // The same PIN set again gets a new salt, so the hash differs.
    expect(second.salt.equals(first.salt)).toBe(false);
    expect(second.hash.equals(first.hash)).toBe(false);
  });
});

describe('locked mode', () => {
  it('cannot start without a PIN, since nothing could end it', async () => {
    const t = setUp();
    const result = await t.attempt('lock.enter', { mode: 'rating', homeId: t.homeId, subjectId: null });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/Set a manager’s PIN/) },
    });
    expect(t.store.handlers['lock.status']({})).toBeNull();
  });

  it('refuses every operation the mode does not allow, changing nothing, and stays locked after a restart', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: '246813' });
    await t.attempt('staff.save', {
      homeId: t.homeId,
      name: 'Sam',
      role: '',
      startedOn: null,
      status: 'active',
      leftOn: null,
    });
    const locked = await t.attempt('lock.enter', { mode: 'rating', homeId: t.homeId, subjectId: null });
    expect(locked).toMatchObject({ ok: true, value: { mode: 'rating', homeId: t.homeId } });
    t.restart();
    expect(t.store.handlers['lock.status']({})).toMatchObject({ mode: 'rating' });

    const before = digest(t.store);
    const refused = await t.attempt('staff.save', {
      homeId: t.homeId,
      name: 'Someone new',
      role: '',
      startedOn: null,
      status: 'active',
      leftOn: null,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/Only the manager can unlock/) },
    });
    for (const name of ['reviews.list', 'app.start', 'backups.create', 'pin.set'] as const) {
      expect((await t.attempt(name, {} as never)).ok).toBe(false);
    }
    expect(digest(t.store)).toBe(before);

    // Every operation's handler refuses before looking at its input, unless the contract allows it.
    for (const name of operationNames) {
      const run = () => (t.store.handlers[name] as (input: unknown) => unknown)(undefined);
      if (allowedWhileLocked(name, 'rating')) continue;
      expect(run, name).toThrow(ServiceError);
      try {
        run();
      } catch (error) {
        expect((error as ServiceError).code, name).toBe('locked');
      }
    }
    expect(digest(t.store)).toBe(before);
  });

  it('unlocks only with the right PIN, and makes each new try wait after five wrong ones, across restarts', async () => {
    const t = setUp();
    await t.attempt('pin.set', { newPin: '246813' });
    await t.attempt('lock.enter', { mode: 'rating', homeId: t.homeId, subjectId: null });
    for (let i = 1; i <= 4; i += 1) {
      expect(await t.attempt('lock.exit', { pin: '111111' })).toMatchObject({
        ok: false,
        error: { fields: { pin: 'That PIN is not right. Check it and try again.' } },
      });
    }
    expect(await t.attempt('lock.exit', { pin: '' })).toMatchObject({
      ok: false,
      error: { message: 'That PIN is not right. Too many wrong PINs: wait 30 seconds, then try again.' },
    });
    t.restart();
    t.advance(10);
    // A try during the wait is not checked, right or wrong, so the wait cannot be used to guess; nor
    // is it counted.
    expect(await t.attempt('lock.exit', { pin: '246813' })).toMatchObject({
      ok: false,
      error: { message: 'Too many wrong PINs. Wait 20 seconds, then try again.' },
    });
    expect(t.store.handlers['lock.status']({})).not.toBeNull();
    t.advance(20);
    expect(await t.attempt('lock.exit', { pin: '123456' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/wait 1 minute, then/) },
    });
    t.advance(60);
    // Once the wait has passed, the right PIN unlocks.
    expect(await t.attempt('lock.exit', { pin: '246813' })).toEqual({ ok: true, value: null });
    expect(t.store.handlers['lock.status']({})).toBeNull();
    expect(t.store.handlers['reviews.list']({ homeId: t.homeId })).toEqual([]);
  });
});
