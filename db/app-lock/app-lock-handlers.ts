import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AppLockStatus } from '../../contract/app-lock';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { log } from '../log/logger';
import { createLockStore } from '../locked-mode/lock-store';
import { createManagerCheck, type RecoveryKeyCheck } from '../locked-mode/manager-check';
import { createPasswordStore } from '../locked-mode/password-store';
import { createAppLockState } from './app-lock-state';

type AppLockOperations = 'appLock.status' | 'appLock.lock' | 'appLock.unlock' | 'appLock.setIdle';

/**
 * The app lock. It opens with the same proofs as locked mode's exit (manager-check.ts), so wrong tries
 * are counted once, across both, across restarts: five free, then a growing wait; the recovery key
 * always works and starts the count again.
 */
export function createAppLockHandlers(
  db: Database,
  now: () => Date = () => new Date(),
  recoveryKey?: RecoveryKeyCheck,
): Pick<Handlers, AppLockOperations> {
  const state = createAppLockState(db);
  const pins = createLockStore(db);
  const passwords = createPasswordStore(db);
  const check = createManagerCheck(db, now, recoveryKey);

  function status(): AppLockStatus {
    const pin = pins.pin() !== null;
    const password = passwords.hash() !== null;
    return {
      locked: state.locked(),
      canLock: pin || password,
      idleMinutes: state.idleMinutes(),
      ways: { pin, password, recoveryKey: recoveryKey !== undefined },
      pinBlocked: check.pinBlocked(),
    };
  }

  return {
    'appLock.status': () => status(),
    'appLock.lock': ({ reason }) => {
      const before = status();
      if (!before.canLock) {
        throw new ServiceError(
          'conflict',
          'Set a manager’s PIN or password in Settings first: it is what unlocks Hallmarks.',
        );
      }
      if (before.locked) return before;
      state.lock(now().toISOString());
      log.info('app_locked', { reason });
      return status();
    },
    'appLock.unlock': (proof) => {
      if (!state.locked()) return status();
      // The proof, its effect on the counts and the unlock are one write; a wrong try is counted in the
      // same write that checked it (see manager-check.ts).
      check.proveThen(proof, () => state.unlock());
      const way =
        proof.password !== undefined ? 'password' : proof.recoveryKey !== undefined ? 'recovery' : 'pin';
      log.info('app_unlocked', { way });
      return status();
    },
    'appLock.setIdle': ({ idleMinutes }) => {
      state.setIdleMinutes(idleMinutes);
      return status();
    },
  };
}
