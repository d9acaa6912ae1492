import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../db/store';
import { useTempFolder } from '../db/test-support/temp-folder';
import { lockFromShell, lockWhenComputerSleeps } from './app-lock-power';
import { APP_LOCKED_CHANNEL } from './ipc';

const tempFolder = useTempFolder();

function pages() {
  const sent: string[] = [];
  const open = { isDestroyed: () => false, webContents: { send: (channel: string) => sent.push(channel) } };
  const closed = { isDestroyed: () => true, webContents: { send: () => sent.push('to a closed window') } };
  return { sent, windows: () => [open, closed] };
}

describe('the desktop shell locks the app', () => {
  it('when the computer sleeps or its screen locks: the data is locked, then each open window told', () => {
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: '1.0.0' });
    store.handlers['password.set']({ newPassword: 'kettle orchard lantern' });
    const { sent, windows } = pages();
    const listeners = new Map<string, () => void>();
    lockWhenComputerSleeps({ on: (event, listener) => listeners.set(event, listener) }, (reason) =>
      lockFromShell(store.handlers, windows, reason),
    );
    expect([...listeners.keys()].sort()).toEqual(['lock-screen', 'suspend']);

    listeners.get('suspend')!();
    expect(store.handlers['appLock.status']({}).locked).toBe(true);
    expect(sent).toEqual([APP_LOCKED_CHANNEL]);
    expect(() => store.handlers['homes.list']({})).toThrow(/Hallmarks is locked/);

    store.handlers['appLock.unlock']({ password: 'kettle orchard lantern' });
    listeners.get('lock-screen')!();
    expect(store.handlers['appLock.status']({}).locked).toBe(true);
    store.close();
  });

  it('does nothing while no PIN or password is set, since nothing could unlock it', () => {
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: '1.0.0' });
    const { sent, windows } = pages();
    lockFromShell(store.handlers, windows, 'sleep');
    expect(store.handlers['appLock.status']({}).locked).toBe(false);
    expect(sent).toEqual([]);
    store.close();
  });
});
