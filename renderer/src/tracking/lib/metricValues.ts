import type { MetricGroup, MetricValues } from '@contract/metric-fields';
import { METRICS, type MetricDefinition } from '@contract/metrics';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "12.5%", "0.5 per child", "14 months", "3". */
export function formatMetric(value: number, unit: MetricDefinition['unit']): string {
  const n = NUMBER.format(value);
  switch (unit) {
    case '%':
      return `${n}%`;
    case 'count':
      return n;
    case 'months':
      return value === 1 ? '1 month' : `${n} months`;
    case 'days':
      return value === 1 ? '1 day' : `${n} days`;
    default:
      return `${n} ${unit}`;
  }
}

/** For tables, where the unit sits in the row heading: "12.5%" keeps its sign, other units go. */
export const formatCompact = (value: number, unit: MetricDefinition['unit']): string =>
  unit === '%' ? `${NUMBER.format(value)}%` : NUMBER.format(value);

/** The unit to name in a row heading, if the numbers alone do not say it. */
export const unitHeading = (unit: MetricDefinition['unit']): string | null =>
  unit === '%' || unit === 'count' ? null : unit;

/** The form group whose figures each rate is worked out from, so the rate shows beside them. */
export const METRIC_GROUP: Record<string, MetricGroup> = {
  turnover: 'staffing',
  stability: 'staffing',
  vacancy: 'staffing',
  agencyShare: 'staffing',
  bankShare: 'staffing',
  managerTenure: 'staffing',
  keyworkerChanges: 'children',
  supervision: 'development',
  training: 'development',
  attendance: 'education',
  missing: 'safety',
  restraint: 'safety',
  complaints: 'voice',
  childrensMeetings: 'voice',
};

export const metricsInGroup = (group: MetricGroup) => METRICS.filter((m) => METRIC_GROUP[m.key] === group);

export const metricsForDomain = (domainKey: string) => METRICS.filter((m) => m.domainKey === domainKey);

export interface MetricPoint {
  quarter: string;
  value: number | null;
}

/** One rate across every quarter with figures, oldest first. */
export function metricSeries(
  metric: MetricDefinition,
  quarters: { quarter: string; values: MetricValues }[],
): MetricPoint[] {
  return quarters.map(({ quarter, values }) => ({ quarter, value: metric.compute(values) }));
}

export const latestValue = (points: MetricPoint[]): MetricPoint | undefined =>
  points.filter((p) => p.value !== null).at(-1);

/** True when at least one figure was recorded (a saved quarter can be all blanks). */
export const hasFigures = (values: MetricValues): boolean =>
  Object.values(values).some((v) => typeof v === 'number');
