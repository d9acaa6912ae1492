import { z } from 'zod';
import type { OperationName } from './operations';

/**
 * The app lock: on a shared office computer Hallmarks hides everything behind one screen after a spell
 * without use, when the computer sleeps or its screen locks, and on demand. Only the manager's PIN,
 * password or the recovery key opens it again. Locked mode (contract/locked-mode.ts) is another thing:
 * it hands the computer to staff or a child; the app lock covers locked mode too.
 */

export const IDLE_MINUTES_LEAST = 5;
export const IDLE_MINUTES_MOST = 60;
export const IDLE_MINUTES_DEFAULT = 10;
/** The choices Settings offers; the contract accepts any whole number of minutes in the range. */
export const IDLE_MINUTES_CHOICES = [5, 10, 15, 20, 30, 45, 60] as const;

const idleMessage = `Choose between ${IDLE_MINUTES_LEAST} and ${IDLE_MINUTES_MOST} minutes`;
export const idleMinutes = z
  .number({ error: idleMessage })
  .int({ error: idleMessage })
  .min(IDLE_MINUTES_LEAST, { error: idleMessage })
  .max(IDLE_MINUTES_MOST, { error: idleMessage });

/** A stored idle time read back: anything out of range (an old or edited file) counts as the default. */
export function idleMinutesOrDefault(stored: unknown): number {
  const parsed = idleMinutes.safeParse(stored);
  return parsed.success ? parsed.data : IDLE_MINUTES_DEFAULT;
}

export const LOCK_REASONS = ['button', 'keys', 'idle', 'sleep', 'screen-lock'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export interface AppLockStatus {
  locked: boolean;
  /** The app lock works only once the manager has a PIN or a password to open it with. */
  canLock: boolean;
  idleMinutes: number;
  /** The ways in the lock screen offers. */
  ways: { pin: boolean; password: boolean; recoveryKey: boolean };
  /** Too many wrong PINs: only the password or the recovery key opens the app now. */
  pinBlocked: boolean;
}

export const lockAppInput = z.strictObject({
  reason: z.enum(LOCK_REASONS, { error: 'Say why Hallmarks is locking' }),
});
export const setIdleInput = z.strictObject({ idleMinutes });

/**
 * The only operations that run while the app is locked: the lock screen's own, and the locked-mode
 * status the desktop shell reads to keep its menu in step (ids only, no home's text). Every other
 * operation, including any added later, is refused.
 */
export const OPEN_WHILE_APP_LOCKED: ReadonlySet<OperationName> = new Set<OperationName>([
  'appLock.status',
  'appLock.lock',
  'appLock.unlock',
  'lock.status',
]);

export const APP_LOCKED_MESSAGE = 'Hallmarks is locked. Unlock it to carry on. Nothing has been changed.';
