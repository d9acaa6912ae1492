import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createPreferences } from '../homes/preferences';
import type { PinHash } from './pin-hash';

export interface Attempts {
  wrong: number;
  /** Until when the next try must wait (ISO time), or null. */
  until: string | null;
}

const HASH_KEY = 'managerPassword';
const ATTEMPTS_KEY = 'managerPasswordAttempts';

/**
 * The manager's password: a salted scrypt hash (as for the PIN) and its count of wrong tries. Kept in the
 * preferences table with the data, so no schema change is needed and a home file never carries it.
 */
export function createPasswordStore(db: Database) {
  const preferences = createPreferences(db);
  return {
    hash(): PinHash | null {
      const saved = preferences.get(HASH_KEY);
      if (!saved) return null;
      const { salt, hash } = JSON.parse(saved) as { salt: string; hash: string };
      return { salt: Buffer.from(salt, 'hex'), hash: Buffer.from(hash, 'hex') };
    },
    save(value: PinHash, at: string): void {
      preferences.set(
        HASH_KEY,
        JSON.stringify({ salt: value.salt.toString('hex'), hash: value.hash.toString('hex'), setAt: at }),
      );
    },
    attempts(): Attempts {
      const saved = preferences.get(ATTEMPTS_KEY);
      return saved ? (JSON.parse(saved) as Attempts) : { wrong: 0, until: null };
    },
    saveAttempts(attempts: Attempts): void {
      preferences.set(ATTEMPTS_KEY, JSON.stringify(attempts));
    },
  };
}
