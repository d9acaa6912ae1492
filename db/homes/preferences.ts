import type { Database } from 'better-sqlite3';

/** Small settings stored with the data, so they follow the database file rather than the browser. */
export function createPreferences(db: Database) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM preferences WHERE key = ?');
  const write = db.prepare(
    'INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key: string): string | null => read.get(key)?.value ?? null,
    set: (key: string, value: string): void => void write.run(key, value),
  };
}
