import type { Database } from 'better-sqlite3';

/** Dates the home completed its six-monthly Reg 45 quality of care review. */
export function createReg45Repository(db: Database) {
  const list = db.prepare<[number], { completed_on: string }>(
    'SELECT completed_on FROM reg45_reviews WHERE home_id = ? ORDER BY completed_on',
  );
  const insert = db.prepare<[number, string]>(
    'INSERT INTO reg45_reviews (home_id, completed_on) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const all = db.prepare<[], { home_id: number; completed_on: string }>(
    'SELECT home_id, completed_on FROM reg45_reviews ORDER BY completed_on',
  );
  return {
    list: (homeId: number): string[] => list.all(homeId).map((r) => r.completed_on),
    /** Every home's dates in one query, for the provider view. */
    byHome(): Map<number, string[]> {
      const map = new Map<number, string[]>();
      for (const r of all.all()) map.set(r.home_id, [...(map.get(r.home_id) ?? []), r.completed_on]);
      return map;
    },
    record: (homeId: number, completedOn: string): void => void insert.run(homeId, completedOn),
  };
}
