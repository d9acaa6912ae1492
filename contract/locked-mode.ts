import { z } from 'zod';
import { isEasyToGuessPin } from './pin-rules';
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
  /** Too many wrong PINs: only the manager's password or the recovery key unlocks now. */
  needsPassword: boolean;
}

export const PIN_PATTERN = /^\d{6,12}$/;
const newPin = z
  .string({ error: 'Enter a PIN of 6 to 12 digits' })
  .regex(PIN_PATTERN, { error: 'Enter a PIN of 6 to 12 digits, using numbers only' })
  .refine((pin) => !isEasyToGuessPin(pin), {
    error:
      'Choose a PIN others could not guess: not one digit repeated, a run such as 123456 or a common PIN',
  });
/** A PIN typed to unlock: anything short is accepted here and simply counts as wrong. */
const typedPin = z
  .string({ error: 'Enter the manager’s PIN' })
  .max(100, { error: 'Enter the manager’s PIN' });
/** The manager's password typed to prove who they are; checked against the stored hash, never kept. */
const typedPassword = z
  .string({ error: 'Enter the manager’s password' })
  .min(1, { error: 'Enter the manager’s password' })
  .max(200, { error: 'Enter the manager’s password' });

export const setPinInput = z.strictObject({
  /** Needed when a PIN is already set, unless the manager's password is given instead. */
  currentPin: typedPin.optional(),
  /** The manager's password, which also lets a forgotten or blocked PIN be replaced. */
  password: typedPassword.optional(),
  newPin,
});

export const PASSWORD_MIN_LENGTH = 10;
const newPassword = z
  .string({ error: `Enter a password of at least ${PASSWORD_MIN_LENGTH} characters` })
  .min(PASSWORD_MIN_LENGTH, { error: `Enter a password of at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(200, { error: 'Enter a password of at most 200 characters' })
  .refine((text) => text.trim().length === text.length, {
    error: 'Take out the spaces at the start or end of the password',
  });
export const setPasswordInput = z.strictObject({
  /** Needed when a password is already set. */
  currentPassword: typedPassword.optional(),
  newPassword,
});
export interface PasswordStatus {
  isSet: boolean;
}
export const enterLockInput = z.strictObject({
  mode: z.enum(LOCK_MODES, { error: 'Choose what the locked screen is for' }),
  homeId: id,
  subjectId: id.nullable(),
});
/**
 * One way out: the PIN; the manager's password (needed after too many wrong PINs); or the recovery key
 * (checked by the hook the data-encryption work provides, see db/locked-mode-handlers.ts).
 */
export const exitLockInput = z
  .strictObject({
    pin: typedPin.optional(),
    password: typedPassword.optional(),
    recoveryKey: z.string().max(200, { error: 'Enter the recovery key' }).optional(),
  })
  .refine(
    (input) => [input.pin, input.password, input.recoveryKey].filter((v) => v !== undefined).length === 1,
    {
      error: 'Enter the manager’s PIN',
      path: ['pin'],
    },
  );

/** Wrong PINs allowed before each further try must wait. */
export const FREE_TRIES = 5;
/**
 * Wrong PINs, counted across unlocks and restarts, after which the PIN no longer unlocks: only the
 * manager's password or the recovery key does, and either starts the count again.
 */
export const PIN_TRIES_BEFORE_PASSWORD = 10;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;

/**
 * How long the next try must wait after this many wrong PINs: nothing for the first five, then
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
