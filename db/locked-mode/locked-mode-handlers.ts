import type { Database } from 'better-sqlite3';
import { describeWait, waitAfterWrongPins } from '../../contract/locked-mode';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import type { createHomesRepository } from '../homes/homes';
import { createLockStore, readLock } from './lock-store';
import { hashPin, pinMatches } from './pin-hash';

type LockOperations = 'pin.status' | 'pin.set' | 'lock.status' | 'lock.enter' | 'lock.exit';

/**
 * The manager's PIN and locked mode. The PIN is checked here, in Node, and never goes back to the
 * renderer; wrong PINs are counted in the database and, after five in a row, each try must wait.
 */
export function createLockedModeHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  now: () => Date = () => new Date(),
): Pick<Handlers, LockOperations> {
  const store = createLockStore(db);

  /** Checks a typed PIN against the stored one, counting wrong ones; throws with what to do if wrong. */
  function checkPin(typed: string, field: string) {
    const stored = store.pin();
    if (!stored) throw new ServiceError('conflict', 'No manager’s PIN has been set. Set one in Settings.');
    const { wrong_in_a_row: wrong, blocked_until: until } = store.attempts();
    const at = now();
    if (until && at.getTime() < Date.parse(until)) {
      const seconds = Math.ceil((Date.parse(until) - at.getTime()) / 1000);
      throw wrongPin(field, `Too many wrong PINs. Wait ${describeWait(seconds)}, then try again.`);
    }
    if (pinMatches(typed, stored)) {
      store.saveAttempts(0, null);
      return;
    }
    const wait = waitAfterWrongPins(wrong + 1);
    store.saveAttempts(wrong + 1, wait > 0 ? new Date(at.getTime() + wait * 1000).toISOString() : null);
    throw wrongPin(
      field,
      wait > 0
        ? `That PIN is not right. Too many wrong PINs: wait ${describeWait(wait)}, then try again.`
        : 'That PIN is not right. Check it and try again.',
    );
  }

  return {
    'pin.status': () => ({ isSet: store.pin() !== null }),
    'pin.set': ({ currentPin, newPin }) => {
      if (store.pin()) {
        if (!currentPin) {
          throw new ServiceError('invalid_input', 'Enter the current PIN to change it.', {
            currentPin: 'Enter the current PIN',
          });
        }
        checkPin(currentPin, 'currentPin');
      }
      store.savePin(hashPin(newPin), now().toISOString());
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
    'lock.exit': ({ pin }) => {
      if (!readLock(db)) return null;
      checkPin(pin, 'pin');
      store.unlock();
      return null;
    },
  };
}

const wrongPin = (field: string, message: string) =>
  new ServiceError('forbidden', message, { [field]: message });
