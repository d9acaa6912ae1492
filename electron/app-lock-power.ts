import type { LockReason } from '../contract/app-lock';
import type { Handlers } from '../contract/operations';
import { ServiceError } from '../contract/result';
import { log } from '../db/log/logger';
import { APP_LOCKED_CHANNEL } from './ipc';

interface PowerEvents {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
}
interface Page {
  isDestroyed(): boolean;
  webContents: { send(channel: string): void };
}

/**
 * Locks the app as the shell sees fit (the computer sleeps, its screen locks): the data first, so every
 * request is refused from here on, then each window is told, so it clears itself before anyone wakes the
 * computer. Without a manager's PIN or password there is nothing to unlock with, so nothing happens.
 */
export function lockFromShell(
  handlers: Pick<Handlers, 'appLock.lock'>,
  windows: () => Page[],
  reason: LockReason,
): void {
  try {
    handlers['appLock.lock']({ reason });
  } catch (error) {
    if (!(error instanceof ServiceError && error.code === 'conflict'))
      log.error('app_lock_failed', {}, error);
    return;
  }
  for (const page of windows()) if (!page.isDestroyed()) page.webContents.send(APP_LOCKED_CHANNEL);
}

/** Electron's powerMonitor, passed in so this is tested without Electron. */
export function lockWhenComputerSleeps(power: PowerEvents, lock: (reason: LockReason) => void): void {
  power.on('suspend', () => lock('sleep'));
  power.on('lock-screen', () => lock('screen-lock'));
}
