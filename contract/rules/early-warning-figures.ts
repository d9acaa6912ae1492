/** The early-warning signs read from the quarterly figures (see early-warning.ts). */
import type { MetricFieldKey, MetricValues } from '../metric-fields';
import type { EarlyWarningSign, Window } from './early-warning';
import {
  AGENCY_RISE_POINTS,
  INCIDENT_RISE,
  SUPERVISION_FALL_POINTS,
  TURNOVER_RISE_POINTS,
  WINDOW_QUARTERS,
} from './early-warning-thresholds';
import { METRICS } from './metrics';
import { quarterLabel } from './quarters';
import { rollingTurnover, yearEnding } from './rolling-turnover';

const FIGURES = { link: '#/figures', linkText: 'Quarterly figures' };

const round1 = (x: number) => Math.round(x * 10) / 10;
const percentagePoints = (x: number) => `${round1(x)} percentage point${round1(x) === 1 ? '' : 's'}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface Point {
  quarter: string;
  value: number;
}

/** A figure per quarter of the window where it can be worked out, oldest first. */
function series(window: Window, value: (v: MetricValues, quarter: string) => number | null): Point[] {
  return window.figures.flatMap((f) => {
    if (!f) return [];
    const v = value(f.values, f.quarter);
    return v === null ? [] : [{ quarter: f.quarter, value: v }];
  });
}

const metric = (key: string) => (v: MetricValues) => METRICS.find((m) => m.key === key)!.compute(v);
const field = (key: MetricFieldKey) => (v: MetricValues) => (typeof v[key] === 'number' ? v[key] : null);

/** The earliest and the latest point, when there are two different quarters to compare. */
function ends(points: Point[]): [Point, Point] | null {
  return points.length >= 2 ? [points[0]!, points.at(-1)!] : null;
}

export function managerSign(window: Window): EarlyWarningSign | null {
  const quarters = window.figures.filter((f) => f !== null);
  const days = quarters.flatMap((f) =>
    typeof f.values.daysWithoutManager === 'number' && f.values.daysWithoutManager > 0
      ? [{ quarter: f.quarter, days: f.values.daysWithoutManager }]
      : [],
  );
  const vacant = quarters.filter((f) => f.managerStatus === 'none').map((f) => f.quarter);
  const tenure = series(window, field('managerMonthsInPost')).at(-1);
  const parts: string[] = [];
  if (tenure && tenure.value < 3 * WINDOW_QUARTERS)
    parts.push(
      `the manager in post at the end of ${quarterLabel(tenure.quarter)} had been there ${plural(tenure.value, 'month', 'months')}`,
    );
  if (days.length > 0) {
    const total = days.reduce((sum, d) => sum + d.days, 0);
    parts.push(
      `${plural(total, 'day', 'days')} without a registered manager (${days.map((d) => `${d.days} in ${quarterLabel(d.quarter)}`).join(', ')})`,
    );
  }
  if (vacant.length > 0 && days.length === 0)
    parts.push(`no manager in post at the end of ${vacant.map(quarterLabel).join(', ')}`);
  if (parts.length === 0) return null;
  const sentence = parts.join('; ');
  return {
    kind: 'manager',
    title: 'Change of manager or no registered manager',
    moved: `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`,
    ...FIGURES,
  };
}

/**
 * A rate compared between the earliest and the latest quarter of the window that have it: a sign when it
 * moved at least `threshold` points the wrong way (up, or down for `fall`).
 */
function rateSign(
  points: Point[],
  threshold: number,
  fall: boolean,
  sign: (from: Point, to: Point, change: number) => Omit<EarlyWarningSign, 'link' | 'linkText'>,
): EarlyWarningSign | null {
  const pair = ends(points);
  if (!pair) return null;
  const [from, to] = pair;
  const change = fall ? from.value - to.value : to.value - from.value;
  return change < threshold ? null : { ...sign(from, to, change), ...FIGURES };
}

export const turnoverSign = (window: Window) =>
  rateSign(
    series(window, (_v, quarter) => rollingTurnover(yearEnding(quarter, window.allFigures))),
    TURNOVER_RISE_POINTS,
    false,
    (from, to, rise) => ({
      kind: 'turnover',
      title: 'Staff turnover rising',
      moved: `Staff turnover over 12 months rose from ${round1(from.value)}% (the year to ${quarterLabel(from.quarter)}) to ${round1(to.value)}% (the year to ${quarterLabel(to.quarter)}): up ${percentagePoints(rise)}.`,
    }),
  );

export const agencySign = (window: Window) =>
  rateSign(series(window, metric('agencyShare')), AGENCY_RISE_POINTS, false, (from, to, rise) => ({
    kind: 'agency',
    title: 'Agency share rising',
    moved: `Agency staff worked ${from.value}% of shifts in ${quarterLabel(from.quarter)} and ${to.value}% in ${quarterLabel(to.quarter)}: up ${percentagePoints(rise)}.`,
  }));

export const supervisionSign = (window: Window) =>
  rateSign(series(window, metric('supervision')), SUPERVISION_FALL_POINTS, true, (from, to, fall) => ({
    kind: 'supervision',
    title: 'Supervision slipping',
    moved: `Supervision sessions held fell from ${from.value}% of those due in ${quarterLabel(from.quarter)} to ${to.value}% in ${quarterLabel(to.quarter)}: down ${percentagePoints(fall)}.`,
  }));

/** The latest quarter against the average of the quarters before it in the window. */
function incidentRise(points: Point[]): { latest: Point; earlier: Point[]; rise: number } | null {
  if (points.length < 2) return null;
  const latest = points.at(-1)!;
  const earlier = points.slice(0, -1);
  const average = earlier.reduce((sum, p) => sum + p.value, 0) / earlier.length;
  const rise = latest.value - average;
  return rise >= INCIDENT_RISE ? { latest, earlier, rise } : null;
}

function incidentSign(
  window: Window,
  key: MetricFieldKey,
  kind: 'missing' | 'restraint',
  title: string,
  what: [string, string],
): EarlyWarningSign | null {
  const found = incidentRise(series(window, field(key)));
  if (!found) return null;
  const { latest, earlier, rise } = found;
  const before = earlier.map((p) => `${p.value} in ${quarterLabel(p.quarter)}`).join(', ');
  return {
    kind,
    title,
    moved: `${plural(latest.value, what[0], what[1])} in ${quarterLabel(latest.quarter)}, against ${before}: ${round1(rise)} above the earlier average.`,
    ...FIGURES,
  };
}

export const missingSign = (window: Window) =>
  incidentSign(window, 'missingEpisodes', 'missing', 'Missing from care rising', [
    'missing-from-care episode',
    'missing-from-care episodes',
  ]);

export const restraintSign = (window: Window) =>
  incidentSign(window, 'restraintIncidents', 'restraint', 'Restraint rising', ['restraint', 'restraints']);
