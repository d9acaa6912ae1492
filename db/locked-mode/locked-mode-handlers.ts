import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import type { createHomesRepository } from '../homes/homes';
import { createLockStore, readLock } from './lock-store';
import { createManagerCheck, type RecoveryKeyCheck } from './manager-check';
import { createPasswordStore } from './password-store';
import { hashPin } from './pin-hash';

type LockOperations =
  'pin.status' | 'pin.set' | 'password.status' | 'password.set' | 'lock.status' | 'lock.enter' | 'lock.exit';

/**
 * The manager's PIN and password, and locked mode. Both are checked here, in Node, and never go back to
 * the renderer; wrong tries are counted in the database (see manager-check.ts).
 */
export function createLockedModeHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  now: () => Date = () => new Date(),
  recoveryKey?: RecoveryKeyCheck,
): Pick<Handlers, LockOperations> {
  const store = createLockStore(db);
  const passwords = createPasswordStore(db);
  const check = createManagerCheck(db, now, recoveryKey);
  const pinStatus = () => ({ isSet: store.pin() !== null, needsPassword: check.pinBlocked() });

  return {
    'pin.status': () => pinStatus(),
    'pin.set': ({ currentPin, password, newPin }) => {
      const save = () => {
        store.savePin(hashPin(newPin), now().toISOString());
        // A new PIN set by the manager starts with no wrong tries against it.
        check.startCountsAgain();
      };
      // The proof, the new PIN and its fresh count go together, all or nothing; a wrong try stays counted.
      if (!store.pin()) db.transaction(save)();
      else if (password !== undefined) check.proveThen({ password }, save);
      else if (currentPin) check.proveThen({ pin: currentPin }, save, 'currentPin');
      else {
        throw new ServiceError('invalid_input', 'Enter the current PIN to change it.', {
          currentPin: 'Enter the current PIN',
        });
      }
      return pinStatus();
    },
    'password.status': () => ({ isSet: passwords.hash() !== null }),
    'password.set': ({ currentPassword, newPassword }) => {
      const save = () => passwords.save(hashPin(newPassword), now().toISOString());
      if (!passwords.hash()) save();
      else if (!currentPassword) {
        throw new ServiceError('invalid_input', 'Enter the current password to change it.', {
          currentPassword: 'Enter the current password',
        });
      } else check.proveThen({ password: currentPassword }, save, 'currentPassword');
      return { isSet: true };
    },
    'lock.status': () => readLock(db),
    'lock.enter': ({ mode, homeId, subjectId }) => {
      homes.get(homeId);
      if (!store.pin()) {
        throw new ServiceError(
          'conflict',
          'Set a manager’s PIN in Settings first: it is needed to leave the locked screen.',
        );
      }
      const status = { mode, homeId, subjectId, lockedAt: now().toISOString() };
      store.lock(status);
      return status;
    },
    'lock.exit': (proof) => {
      if (!readLock(db)) return null;
      // The proof and the unlock are one write (see manager-check.ts).
      check.proveThen(proof, () => store.unlock());
      return null;
    },
  };
}
