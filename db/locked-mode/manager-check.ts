import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describeWait, PIN_TRIES_BEFORE_PASSWORD, waitAfterWrongPins } from '../../contract/locked-mode';
import { ServiceError } from '../../contract/result';
import { createLockStore } from './lock-store';
import { createPasswordStore, type Attempts } from './password-store';
import { pinMatches } from './pin-hash';

/**
 * The hook for the recovery key: given what was typed, whether it is this data's recovery key. The data
 * encryption work (data key wrapped by the recovery key) provides it; until then it is absent and the
 * recovery key is refused with a message that says so.
 */
export type RecoveryKeyCheck = (typed: string) => boolean;

/** What the manager typed to prove it is them: exactly one of the three. */
export interface ManagerProof {
  pin?: string;
  password?: string;
  recoveryKey?: string;
}

/**
 * Proves the manager is here: by PIN, password or recovery key. Wrong PINs are counted across unlocks and
 * restarts; after five each new try waits (a try during a wait is not checked at all, so the wait cannot
 * be used to guess), and after ten the PIN no longer unlocks: the password or the recovery key must, and
 * either starts the count again. Without a password or a recovery key there is nothing else to ask for,
 * so the PIN keeps working after its wait rather than locking the home out of its records.
 *
 * Each check runs in one transaction with what the proof opens (`proveThen`): a right proof, its effect on
 * the counts and the unlock (or new PIN) are written together or not at all, and a wrong one is counted in
 * the same transaction that checked it, committed before the refusal is thrown. The answer is never
 * known before its count is on disk, so stopping the app mid-check gains a guesser nothing.
 */
export function createManagerCheck(db: Database, now: () => Date, recoveryKey?: RecoveryKeyCheck) {
  const lockStore = createLockStore(db);
  const passwordStore = createPasswordStore(db);

  const pinAttempts = (): Attempts => {
    const row = lockStore.attempts();
    return { wrong: row.wrong_in_a_row, until: row.blocked_until };
  };
  const savePinAttempts = (a: Attempts) => lockStore.saveAttempts(a.wrong, a.until);
  const somethingElseUnlocks = () => passwordStore.hash() !== null || recoveryKey !== undefined;
  const otherWays = () =>
    [passwordStore.hash() ? 'the manager’s password' : null, recoveryKey ? 'the recovery key' : null]
      .filter(Boolean)
      .join(' or ');

  /** Seconds left to wait before a new try, or 0. */
  function secondsToWait(attempts: Attempts): number {
    if (!attempts.until) return 0;
    return Math.max(0, Math.ceil((Date.parse(attempts.until) - now().getTime()) / 1000));
  }

  /** Counts a wrong try and returns how long the next one must wait. */
  function countWrong(attempts: Attempts, save: (a: Attempts) => void): number {
    const wrong = attempts.wrong + 1;
    const wait = waitAfterWrongPins(wrong);
    save({ wrong, until: wait > 0 ? new Date(now().getTime() + wait * 1000).toISOString() : null });
    return wait;
  }

  const pinBlocked = () => pinAttempts().wrong >= PIN_TRIES_BEFORE_PASSWORD && somethingElseUnlocks();

  /** Null when the PIN is right (the count stays as it is), or the refusal, counted. */
  function checkPin(typed: string, field: string): ServiceError | null {
    const stored = lockStore.pin();
    if (!stored) return new ServiceError('conflict', 'No manager’s PIN has been set. Set one in Settings.');
    const attempts = pinAttempts();
    if (pinBlocked()) {
      return refused(
        field,
        `Too many wrong PINs have been typed, so the PIN no longer unlocks Hallmarks. Use ${otherWays()}.`,
      );
    }
    const waiting = secondsToWait(attempts);
    if (waiting > 0) {
      return refused(field, `Too many wrong PINs. Wait ${describeWait(waiting)}, then try again.`);
    }
    // The right PIN does not clear the count: a guesser cannot wait for the manager to unlock and start
    // again. Only the password or the recovery key does.
    if (pinMatches(typed, stored)) return null;
    const wait = countWrong(attempts, savePinAttempts);
    if (pinBlocked()) {
      return refused(
        field,
        `That PIN is not right, and too many wrong PINs have been typed: the PIN no longer unlocks Hallmarks. Use ${otherWays()}.`,
      );
    }
    return refused(
      field,
      wait > 0
        ? `That PIN is not right. Too many wrong PINs: wait ${describeWait(wait)}, then try again.`
        : 'That PIN is not right. Check it and try again.',
    );
  }

  function checkPassword(typed: string, field: string): ServiceError | null {
    const stored = passwordStore.hash();
    if (!stored) {
      return refused(field, 'No manager’s password has been set, so the PIN is the way to unlock.');
    }
    const attempts = passwordStore.attempts();
    const waiting = secondsToWait(attempts);
    if (waiting > 0) {
      return refused(field, `Too many wrong passwords. Wait ${describeWait(waiting)}, then try again.`);
    }
    if (pinMatches(typed, stored)) {
      startCountsAgain();
      return null;
    }
    const wait = countWrong(attempts, (a) => passwordStore.saveAttempts(a));
    return refused(
      field,
      wait > 0
        ? `That password is not right. Too many wrong passwords: wait ${describeWait(wait)}, then try again.`
        : 'That password is not right. Check it and try again.',
    );
  }

  /** The recovery key always works: it is 256 bits, so guessing it is no risk worth a wait. */
  function checkRecoveryKey(typed: string, field: string): ServiceError | null {
    if (!recoveryKey) {
      return refused(field, 'This copy of Hallmarks has no recovery key yet. Use the PIN or the password.');
    }
    if (!recoveryKey(typed))
      return refused(field, 'That is not this data’s recovery key. Check it and try again.');
    startCountsAgain();
    return null;
  }

  function check(proof: ManagerProof, field?: string): ServiceError | null {
    if (proof.password !== undefined) return checkPassword(proof.password, field ?? 'password');
    if (proof.recoveryKey !== undefined) return checkRecoveryKey(proof.recoveryKey, field ?? 'recoveryKey');
    return checkPin(proof.pin ?? '', field ?? 'pin');
  }

  /**
   * Checks the proof and, when it is right, runs `then`, in one transaction; a wrong proof is counted,
   * committed, and its refusal thrown. `field` names the form's field when it is not the proof's own.
   */
  function proveThen<T>(proof: ManagerProof, then: () => T, field?: string): T {
    const outcome = db.transaction((): { refusal: ServiceError } | { value: T } => {
      const refusal = check(proof, field);
      return refusal ? { refusal } : { value: then() };
    })();
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome.value;
  }

  function startCountsAgain() {
    savePinAttempts({ wrong: 0, until: null });
    passwordStore.saveAttempts({ wrong: 0, until: null });
  }

  return { proveThen, startCountsAgain, pinBlocked };
}

const refused = (field: string, message: string) =>
  new ServiceError('forbidden', message, { [field]: message });
