import type { Database } from 'better-sqlite3';

/** Alerts the manager has acknowledged, with their note. */
export function createAcknowledgements(db: Database) {
  const list = db.prepare<[number], { alert_key: string; note: string; acknowledged_at: string }>(
    'SELECT alert_key, note, acknowledged_at FROM alert_acknowledgements WHERE home_id = ?',
  );
  const upsert = db.prepare<[number, string, string]>(
    `INSERT INTO alert_acknowledgements (home_id, alert_key, note) VALUES (?, ?, ?)
     ON CONFLICT (home_id, alert_key) DO UPDATE SET note = excluded.note,
       acknowledged_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const all = db.prepare<[], { home_id: number; alert_key: string; note: string; acknowledged_at: string }>(
    'SELECT home_id, alert_key, note, acknowledged_at FROM alert_acknowledgements',
  );
  return {
    /** Every home's acknowledgements in one query, for the provider view. */
    allHomes(): Map<number, Map<string, { note: string; at: string }>> {
      const map = new Map<number, Map<string, { note: string; at: string }>>();
      for (const r of all.all()) {
        if (!map.has(r.home_id)) map.set(r.home_id, new Map());
        map.get(r.home_id)!.set(r.alert_key, { note: r.note, at: r.acknowledged_at });
      }
      return map;
    },
    byKey(homeId: number): Map<string, { note: string; at: string }> {
      return new Map(list.all(homeId).map((r) => [r.alert_key, { note: r.note, at: r.acknowledged_at }]));
    },
    acknowledge: (homeId: number, key: string, note: string): void => void upsert.run(homeId, key, note),
  };
}
