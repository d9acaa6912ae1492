import type { MetricGroup, MetricValues } from '@contract/metric-fields';
import { METRICS, type MetricDefinition } from '@contract/rules/metrics';
import { yearEnding } from '@contract/rules/rolling-turnover';

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
  leavers: 'staffing',
  turnover: 'staffing',
  stability: 'staffing',
  vacancy: 'staffing',
  agencyShare: 'staffing',
  bankShare: 'staffing',
  familiarCover: 'staffing',
  managerTenure: 'staffing',
  daysWithoutRegisteredManager: 'staffing',
  keyworkerChanges: 'children',
  admissions: 'children',
  endingsPlanned: 'children',
  endingsUnplanned: 'children',
  healthAssessments: 'children',
  familyTime: 'children',
  supervision: 'development',
  training: 'development',
  level3: 'development',
  attendance: 'education',
  missing: 'safety',
  missingPerChild: 'safety',
  returnInterviewsOffered: 'safety',
  returnInterviews: 'safety',
  returnInterviewsDeclined: 'safety',
  restraint: 'safety',
  restraintChildren: 'safety',
  controlMeasures: 'safety',
  reg35Recorded: 'safety',
  reg35Signed: 'safety',
  reg35ChildSpoken: 'safety',
  restraintRate: 'safety',
  reg40: 'safety',
  complaints: 'voice',
  complaintsUpheld: 'voice',
  childrensMeetings: 'voice',
};

export const metricsInGroup = (group: MetricGroup) => METRICS.filter((m) => METRIC_GROUP[m.key] === group);

export const metricsForDomain = (domainKey: string) => METRICS.filter((m) => m.domainKey === domainKey);

export interface MetricPoint {
  quarter: string;
  value: number | null;
}

/**
 * One rate across the given quarters, oldest first. `all` is every quarter with figures, for rates over
 * 12 months (rolling turnover) whose earlier quarters may lie before the ones shown.
 */
export function metricSeries(
  metric: MetricDefinition,
  quarters: { quarter: string; values: MetricValues }[],
  all: { quarter: string; values: MetricValues }[] = quarters,
): MetricPoint[] {
  return quarters.map(({ quarter, values }) => ({
    quarter,
    value: metric.compute(values, yearEnding(quarter, all)),
  }));
}

export const latestValue = (points: MetricPoint[]): MetricPoint | undefined =>
  points.filter((p) => p.value !== null).at(-1);

/** True when at least one figure was recorded (a saved quarter can be all blanks). */
export const hasFigures = (values: MetricValues): boolean =>
  Object.values(values).some((v) => typeof v === 'number');
