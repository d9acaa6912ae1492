import type { Database } from 'better-sqlite3-multiple-ciphers';
import { insideLock, type LockMode, type LockStatus } from '../../contract/locked-mode';
import { ServiceError } from '../../contract/result';
import type { PinHash } from './pin-hash';

interface LockRow {
  mode: LockMode;
  home_id: number;
  subject_id: number | null;
  locked_at: string;
}

/** The lock, read afresh each call: the gate in store.ts uses it before every operation. */
export function readLock(db: Database): LockStatus | null {
  const row = db
    .prepare<[], LockRow>('SELECT mode, home_id, subject_id, locked_at FROM locked_mode WHERE id = 1')
    .get();
  return row
    ? { mode: row.mode, homeId: row.home_id, subjectId: row.subject_id, lockedAt: row.locked_at }
    : null;
}

/**
 * Refuses, while locked, a request for another mode, home or subject than the lock's: the store's gate
 * only knows which operations a mode allows, not what they are about. Returns the lock (null if none).
 */
export function refuseOutsideLock(
  db: Database,
  mode: LockMode,
  homeId: number,
  sameSubject?: (subjectId: number | null) => boolean,
): LockStatus | null {
  const lock = readLock(db);
  if (!insideLock(lock, mode, homeId, sameSubject)) throw outsideLock();
  return lock;
}

export const outsideLock = () =>
  new ServiceError('locked', 'This locked screen is for something else. Nothing has been saved.');

/** The PIN hash, the lock row and the count of wrong PINs. */
export function createLockStore(db: Database) {
  const pin = db.prepare<[], PinHash>('SELECT salt, hash FROM manager_pin WHERE id = 1');
  const savePin = db.prepare(
    `INSERT INTO manager_pin (id, salt, hash, set_at) VALUES (1, @salt, @hash, @at)
     ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, set_at = excluded.set_at`,
  );
  const attempts = db.prepare<[], { wrong_in_a_row: number; blocked_until: string | null }>(
    'SELECT wrong_in_a_row, blocked_until FROM pin_attempts WHERE id = 1',
  );
  const saveAttempts = db.prepare(
    `INSERT INTO pin_attempts (id, wrong_in_a_row, blocked_until) VALUES (1, @wrong, @until)
     ON CONFLICT (id) DO UPDATE SET wrong_in_a_row = excluded.wrong_in_a_row,
       blocked_until = excluded.blocked_until`,
  );
  const lock = db.prepare(
    `INSERT INTO locked_mode (id, mode, home_id, subject_id, locked_at)
     VALUES (1, @mode, @homeId, @subjectId, @lockedAt)`,
  );
  const unlock = db.prepare('DELETE FROM locked_mode');

  return {
    pin: (): PinHash | null => pin.get() ?? null,
    savePin: (value: PinHash, at: string) => savePin.run({ ...value, at }),
    attempts: () => attempts.get() ?? { wrong_in_a_row: 0, blocked_until: null },
    saveAttempts: (wrong: number, until: string | null) => saveAttempts.run({ wrong, until }),
    lock: (status: LockStatus) => lock.run(status),
    unlock: () => unlock.run(),
  };
}
