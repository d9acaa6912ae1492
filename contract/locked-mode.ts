import { z } from 'zod';
import { id } from './review';

/**
 * Locked mode hands the computer to someone who must see only one thing: a member of staff rating in
 * private before a team meeting, or a child answering a survey. Only the manager's PIN ends it.
 */
export const LOCK_MODES = ['rating', 'voice'] as const;
export type LockMode = (typeof LOCK_MODES)[number];

/** When an operation may run while the app is locked: never (the default), always, or in these modes. */
export type WhileLocked = 'refused' | 'always' | readonly LockMode[];

export interface LockStatus {
  mode: LockMode;
  homeId: number;
  /** What the locked screen is about, such as the rating round; its meaning depends on the mode. */
  subjectId: number | null;
  lockedAt: string;
}

/**
 * Whether a request the mode allows stays inside the lock: unlocked, anything goes; locked, only the mode,
 * home and subject (when `sameSubject` is given) the lock was made for. A locked screen for one home never
 * reads or writes another's, however the request was made.
 */
export function insideLock(
  lock: LockStatus | null,
  mode: LockMode,
  homeId: number,
  sameSubject: (subjectId: number | null) => boolean = () => true,
): boolean {
  return lock === null || (lock.mode === mode && lock.homeId === homeId && sameSubject(lock.subjectId));
}

export interface PinStatus {
  isSet: boolean;
}

export const PIN_PATTERN = /^\d{4,12}$/;
const newPin = z
  .string({ error: 'Enter a PIN of 4 to 12 digits' })
  .regex(PIN_PATTERN, { error: 'Enter a PIN of 4 to 12 digits, using numbers only' });
/** A PIN typed to unlock: anything short is accepted here and simply counts as wrong. */
const typedPin = z
  .string({ error: 'Enter the manager’s PIN' })
  .max(100, { error: 'Enter the manager’s PIN' });

export const setPinInput = z.strictObject({
  /** Needed when a PIN is already set. */
  currentPin: typedPin.optional(),
  newPin,
});
export const enterLockInput = z.strictObject({
  mode: z.enum(LOCK_MODES, { error: 'Choose what the locked screen is for' }),
  homeId: id,
  subjectId: id.nullable(),
});
export const exitLockInput = z.strictObject({ pin: typedPin });

/** Wrong PINs allowed in a row before each further try must wait. */
export const FREE_TRIES = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;

/**
 * How long the next try must wait after this many wrong PINs in a row: nothing for the first five, then
 * 30 seconds, doubling with each further wrong PIN up to 15 minutes.
 */
export function waitAfterWrongPins(wrongInARow: number): number {
  if (wrongInARow < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (wrongInARow - FREE_TRIES), LONGEST_WAIT_SECONDS);
}

/** "30 seconds", "1 minute", "15 minutes": how long to wait, in words. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
