import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  METRIC_FIELD_KEYS,
  RETIRED_METRIC_KEYS,
  type ManagerStatus,
  type MetricFieldKey,
  type MetricValues,
} from '../../contract/metric-fields';
import type { QuarterMetrics } from '../../contract/tracking';
import { countedFrom, loggedReg40, reg40ByQuarter } from '../../contract/rules/notice-timing';
import { createNotificationsRepository } from '../notifications/notifications-repository';

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

/** One quarter's row as a JSON array: quarter, updated_at, manager_status, then each figure in key order. */
type PackedRow = [string, string, ManagerStatus | null, ...(number | null)[]];

function unpack([quarter, updatedAt, managerStatus, ...figures]: PackedRow): QuarterMetrics {
  const values: MetricValues = {};
  METRIC_FIELD_KEYS.forEach((key, i) => (values[key] = figures[i] ?? null));
  return { quarter, updatedAt, values, managerStatus };
}

/**
 * The home's quarterly figures: one row per home and quarter, one column per figure. From the quarter of
 * the notifications log's earliest event on, the Regulation 40 figure read back is the log's count of
 * Regulation 40 events in the quarter; the figure typed before the log stays stored, unchanged.
 */
export function createMetricsRepository(db: Database) {
  const notifications = createNotificationsRepository(db);
  function fromLog(homeId: number) {
    const events = notifications.events(homeId);
    const from = countedFrom(events);
    const counts = reg40ByQuarter(events);
    return (quarter: string) => loggedReg40(quarter, from, counts);
  }
  function withLog(m: QuarterMetrics, count: number | null): QuarterMetrics {
    if (count === null) return m;
    return { ...m, values: { ...m.values, reg40Notifications: count }, logged: ['reg40Notifications'] };
  }

  // Every quarter in one JSON value built inside SQLite: the dashboard reads 40 quarters of 41 figures,
  // and making a JavaScript row object of each took longer than the query.
  const list = db.prepare<[number], { quarters: string }>(
    `SELECT json_group_array(json_array(quarter, updated_at, manager_status, ${COLUMNS.join(', ')})
       ORDER BY quarter) AS quarters
     FROM quarterly_metrics WHERE home_id = ?`,
  );
  const get = db.prepare<[number, string], Row>(
    'SELECT * FROM quarterly_metrics WHERE home_id = ? AND quarter = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO quarterly_metrics (home_id, quarter, manager_status, updated_at, ${COLUMNS.join(', ')})
     VALUES (@homeId, @quarter, @managerStatus, @at, ${METRIC_FIELD_KEYS.map((k) => `@${k}`).join(', ')})
     ON CONFLICT (home_id, quarter) DO UPDATE SET manager_status = excluded.manager_status,
       ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')},
       updated_at = excluded.updated_at`,
  );
  return {
    list: (homeId: number): QuarterMetrics[] => {
      const logged = fromLog(homeId);
      return (JSON.parse(list.get(homeId)!.quarters) as PackedRow[])
        .map(unpack)
        .map((m) => withLog(m, logged(m.quarter)));
    },
    /** One quarter's figures; null when none are stored and the log does not count this quarter. */
    get: (homeId: number, quarter: string): QuarterMetrics | null => {
      const row = get.get(homeId, quarter);
      const count = fromLog(homeId)(quarter);
      if (row) return withLog(toMetrics(row), count);
      if (count === null) return null;
      const values = Object.fromEntries(METRIC_FIELD_KEYS.map((k) => [k, null])) as MetricValues;
      return withLog({ quarter, values, managerStatus: null, updatedAt: '' }, count);
    },
    save(
      homeId: number,
      quarter: string,
      values: MetricValues,
      managerStatus: ManagerStatus | null,
      at: Date,
    ): QuarterMetrics {
      const params = Object.fromEntries(METRIC_FIELD_KEYS.map((k) => [k, values[k] ?? null]));
      // A figure counted from the log is not typed, and a retired figure is no longer asked for: what
      // was stored for them stays as it was.
      const stored = get.get(homeId, quarter);
      const kept = (key: MetricFieldKey) => (stored ? (stored[column(key)] as number | null) : null);
      for (const key of RETIRED_METRIC_KEYS) params[key] = kept(key);
      if (fromLog(homeId)(quarter) !== null) params.reg40Notifications = kept('reg40Notifications');
      upsert.run({ homeId, quarter, managerStatus, at: at.toISOString(), ...params });
      return this.get(homeId, quarter)!;
    },
  };
}
