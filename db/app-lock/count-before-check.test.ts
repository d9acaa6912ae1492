import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

// The check itself fails part-way, as when the app is closed or killed while scrypt runs.
const hash = vi.hoisted(() => ({ failChecks: false }));
vi.mock('../locked-mode/pin-hash', async (original) => {
  const real = await original<typeof import('../locked-mode/pin-hash')>();
  return {
    ...real,
    pinMatches: (...args: Parameters<typeof real.pinMatches>) => {
      if (hash.failChecks) throw new Error('cut short');
      return real.pinMatches(...args);
    },
  };
});

const tempFolder = useTempFolder();

describe('a try at the app lock', () => {
  it('is counted before it is checked, so a check cut short still counts', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const store = openStore({ file, appVersion: '1.0.0' });
    store.handlers['pin.set']({ newPin: '582914' });
    store.handlers['password.set']({ newPassword: 'kettle orchard lantern' });
    store.handlers['appLock.lock']({ reason: 'button' });
    hash.failChecks = true;
    for (let i = 0; i < 5; i += 1) {
      expect(() => store.handlers['appLock.unlock']({ pin: '000001' })).toThrow('cut short');
    }
    expect(() => store.handlers['appLock.unlock']({ password: 'a guess' })).toThrow('cut short');
    hash.failChecks = false;
    // Five PIN tries were counted although none was answered: the sixth must wait.
    expect(() => store.handlers['appLock.unlock']({ pin: '582914' })).toThrow(/Wait 30 seconds/);
    // The right password, tried before any wait, unlocks and starts the counts again.
    store.handlers['appLock.unlock']({ password: 'kettle orchard lantern' });
    expect(store.handlers['appLock.status']({})).toMatchObject({ locked: false, pinBlocked: false });
    store.handlers['appLock.lock']({ reason: 'button' });
    expect(store.handlers['appLock.unlock']({ pin: '582914' })).toMatchObject({ locked: false });
    store.close();
  });
});
