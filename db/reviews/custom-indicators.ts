import type { Database } from 'better-sqlite3';
import type { CustomIndicator } from '../../contract/review';

interface Row {
  id: number;
  home_id: number;
  domain_key: string;
  statement: string;
  created_at: string;
}

export const customIndicatorKey = (id: number) => `custom-${id}`;

const toCustom = (r: Row): CustomIndicator => ({
  key: customIndicatorKey(r.id),
  homeId: r.home_id,
  domainKey: r.domain_key,
  statement: r.statement,
  createdAt: r.created_at,
});

/** Indicators a home adds to a domain for itself. */
export function createCustomIndicators(db: Database) {
  const list = db.prepare<[number], Row>('SELECT * FROM custom_indicators WHERE home_id = ? ORDER BY id');
  const insert = db.prepare<[number, string, string]>(
    'INSERT INTO custom_indicators (home_id, domain_key, statement) VALUES (?, ?, ?)',
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM custom_indicators WHERE id = ?');
  return {
    list: (homeId: number): CustomIndicator[] => list.all(homeId).map(toCustom),
    add(homeId: number, domainKey: string, statement: string): CustomIndicator {
      const { lastInsertRowid } = insert.run(homeId, domainKey, statement);
      return toCustom(byId.get(Number(lastInsertRowid))!);
    },
  };
}
