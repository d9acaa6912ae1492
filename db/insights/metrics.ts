import type { Database } from 'better-sqlite3';
import {
  METRIC_FIELD_KEYS,
  type ManagerStatus,
  type MetricFieldKey,
  type MetricValues,
} from '../../contract/metric-fields';
import type { QuarterMetrics } from '../../contract/tracking';

const column = (key: MetricFieldKey) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COLUMNS = METRIC_FIELD_KEYS.map(column);
const KEYS_AND_COLUMNS = METRIC_FIELD_KEYS.map((key, i) => [key, COLUMNS[i]!] as const);

type Row = Record<string, number | null | string> & { quarter: string; updated_at: string };

function toMetrics(row: Row): QuarterMetrics {
  const values: MetricValues = {};
  for (const [key, col] of KEYS_AND_COLUMNS) values[key] = row[col] as number | null;
  return {
    quarter: row.quarter,
    updatedAt: row.updated_at,
    values,
    managerStatus: (row.manager_status as ManagerStatus | null) ?? null,
  };
}

/** The home's quarterly figures: one row per home and quarter, one column per figure. */
export function createMetricsRepository(db: Database) {
  const list = db.prepare<[number], Row>(
    'SELECT * FROM quarterly_metrics WHERE home_id = ? ORDER BY quarter',
  );
  const get = db.prepare<[number, string], Row>(
    'SELECT * FROM quarterly_metrics WHERE home_id = ? AND quarter = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO quarterly_metrics (home_id, quarter, manager_status, ${COLUMNS.join(', ')})
     VALUES (@homeId, @quarter, @managerStatus, ${METRIC_FIELD_KEYS.map((k) => `@${k}`).join(', ')})
     ON CONFLICT (home_id, quarter) DO UPDATE SET manager_status = excluded.manager_status,
       ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')},
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  return {
    list: (homeId: number): QuarterMetrics[] => list.all(homeId).map(toMetrics),
    get: (homeId: number, quarter: string): QuarterMetrics | null => {
      const row = get.get(homeId, quarter);
      return row ? toMetrics(row) : null;
    },
    save(
      homeId: number,
      quarter: string,
      values: MetricValues,
      managerStatus: ManagerStatus | null = null,
    ): QuarterMetrics {
      const params = Object.fromEntries(METRIC_FIELD_KEYS.map((k) => [k, values[k] ?? null]));
      upsert.run({ homeId, quarter, managerStatus, ...params });
      return toMetrics(get.get(homeId, quarter)!);
    },
  };
}
