import { describe, expect, it } from 'vitest';
import { METRICS } from '@contract/rules/metrics';
import {
  formatCompact,
  formatMetric,
  hasFigures,
  latestValue,
  METRIC_GROUP,
  metricSeries,
  unitHeading,
} from './metricValues';

describe('formatMetric', () => {
  it('writes each unit plainly', () => {
    expect(formatMetric(12.5, '%')).toBe('12.5%');
    expect(formatMetric(0.5, 'per child')).toBe('0.5 per child');
    expect(formatMetric(2.25, 'per 1,000 bed-nights')).toBe('2.3 per 1,000 bed-nights');
    expect(formatMetric(1, 'months')).toBe('1 month');
    expect(formatMetric(14, 'months')).toBe('14 months');
    expect(formatMetric(1200, 'count')).toBe('1,200');
  });
});

describe('formatCompact', () => {
  it('keeps the per cent sign and leaves other units to the heading', () => {
    expect(formatCompact(12.5, '%')).toBe('12.5%');
    expect(formatCompact(2.25, 'per 1,000 bed-nights')).toBe('2.3');
    expect(unitHeading('per 1,000 bed-nights')).toBe('per 1,000 bed-nights');
    expect(unitHeading('%')).toBeNull();
  });
});

describe('metric groups', () => {
  it('places every rate beside a group of the form', () => {
    for (const metric of METRICS) expect(METRIC_GROUP[metric.key], metric.key).toBeDefined();
  });
});

describe('metricSeries', () => {
  it('works out a rate per quarter, leaving null where figures are missing', () => {
    const agency = METRICS.find((m) => m.key === 'agencyShare')!;
    const points = metricSeries(agency, [
      { quarter: '2026-Q1', values: { shiftsAgency: 20, shiftsTotal: 100 } },
      { quarter: '2026-Q2', values: { shiftsAgency: 1 } },
    ]);
    expect(points).toEqual([
      { quarter: '2026-Q1', value: 20 },
      { quarter: '2026-Q2', value: null },
    ]);
    expect(latestValue(points)).toEqual({ quarter: '2026-Q1', value: 20 });
  });

  it('works out rolling turnover from the four quarters up to each one, even before those shown', () => {
    const turnover = METRICS.find((m) => m.key === 'turnover')!;
    const q = (quarter: string) => ({ quarter, values: { staffLeft: 1, staffAtStart: 10, staffAtEnd: 10 } });
    const all = [q('2025-Q2'), q('2025-Q3'), q('2025-Q4'), q('2026-Q1'), q('2026-Q2')];
    expect(metricSeries(turnover, all.slice(-2), all)).toEqual([
      { quarter: '2026-Q1', value: 40 },
      { quarter: '2026-Q2', value: 40 },
    ]);
    expect(metricSeries(turnover, all.slice(-2)).map((p) => p.value)).toEqual([null, null]);
  });

  it('knows a quarter saved with every figure blank has no figures', () => {
    expect(hasFigures({ staffLeft: null })).toBe(false);
    expect(hasFigures({ staffLeft: 0 })).toBe(true);
  });
});
