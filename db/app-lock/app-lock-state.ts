import type { Database } from 'better-sqlite3-multiple-ciphers';
import { idleMinutesOrDefault } from '../../contract/app-lock';

const LOCKED_AT_KEY = 'appLockedAt';
const IDLE_KEY = 'appLockIdleMinutes';

/**
 * Whether the app is locked, and its idle time: kept with the data (in preferences, which a home file
 * never carries), so a restart, a reload or another browser tab finds the app as locked as it was.
 */
export function createAppLockState(db: Database) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM preferences WHERE key = ?');
  const write = db.prepare(
    'INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    locked: (): boolean => Boolean(read.get(LOCKED_AT_KEY)?.value),
    lock: (at: string) => void write.run(LOCKED_AT_KEY, at),
    unlock: () => void write.run(LOCKED_AT_KEY, ''),
    idleMinutes: (): number => idleMinutesOrDefault(Number(read.get(IDLE_KEY)?.value ?? NaN)),
    setIdleMinutes: (minutes: number) => void write.run(IDLE_KEY, String(minutes)),
  };
}

/** The gate's question, asked before every operation (see store.ts): one indexed read. */
export function isAppLocked(db: Database): boolean {
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM preferences WHERE key = ?')
    .get(LOCKED_AT_KEY);
  return Boolean(row?.value);
}
