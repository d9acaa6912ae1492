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
      if (store.pin()) {
        if (password !== undefined) check.checkPassword(password, 'password');
        else if (currentPin) check.checkPin(currentPin, 'currentPin');
        else {
          throw new ServiceError('invalid_input', 'Enter the current PIN to change it.', {
            currentPin: 'Enter the current PIN',
          });
        }
      }
      // The check above stays outside: a wrong try must stay counted. The new PIN and its fresh count go
      // together, all or nothing.
      db.transaction(() => {
        store.savePin(hashPin(newPin), now().toISOString());
        // A new PIN set by the manager starts with no wrong tries against it.
        check.startCountsAgain();
      })();
      return pinStatus();
    },
    'password.status': () => ({ isSet: passwords.hash() !== null }),
    'password.set': ({ currentPassword, newPassword }) => {
      if (passwords.hash()) {
        if (!currentPassword) {
          throw new ServiceError('invalid_input', 'Enter the current password to change it.', {
            currentPassword: 'Enter the current password',
          });
        }
        check.checkPassword(currentPassword, 'currentPassword');
      }
      passwords.save(hashPin(newPassword), now().toISOString());
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
    'lock.exit': ({ pin, password, recoveryKey: key }) => {
      if (!readLock(db)) return null;
      if (password !== undefined) check.checkPassword(password, 'password');
      else if (key !== undefined) check.checkRecoveryKey(key, 'recoveryKey');
      else check.checkPin(pin ?? '', 'pin');
      store.unlock();
      return null;
    },
  };
}
