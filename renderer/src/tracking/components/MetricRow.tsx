import type { MetricDefinition } from '@contract/rules/metrics';
import { rollingPeriodLabel } from '@contract/rules/rolling-turnover';
import { formatMetric, latestValue, type MetricPoint } from '../lib/metricValues';
import { shortQuarter } from '../lib/quarterText';
import { Sparkline } from './Sparkline';

/** One figure: its latest value, the quarter before, a small line of recent quarters, and its formula. */
export function MetricRow({ metric, points }: { metric: MetricDefinition; points: MetricPoint[] }) {
  const latest = latestValue(points);
  const recent = points.slice(-8);
  const before = latest ? points[points.indexOf(latest) - 1] : undefined;
  const text = (p: MetricPoint) => (p.value === null ? 'not recorded' : formatMetric(p.value, metric.unit));
  return (
    <li className="metric-row">
      <p className="metric-row__label">{metric.label}</p>
      {latest?.value != null ? (
        <>
          <p className="metric-row__value">
            {formatMetric(latest.value, metric.unit)}{' '}
            <span className="metric-row__when">
              {metric.period === 'rolling-12-months'
                ? `over ${rollingPeriodLabel(latest.quarter)}`
                : `in ${shortQuarter(latest.quarter)}`}
            </span>
          </p>
          <div className="metric-row__trend">
            <Sparkline points={recent} />
            {before && (
              <p className="metric-row__before">
                {shortQuarter(before.quarter)}: {text(before)}
              </p>
            )}
          </div>
          {recent.length > 2 && (
            <p className="visually-hidden">
              Last {recent.length} quarters:{' '}
              {recent.map((p) => `${shortQuarter(p.quarter)} ${text(p)}`).join(', ')}.
            </p>
          )}
        </>
      ) : (
        <p className="metric-row__value metric-row__value--none">Not recorded yet</p>
      )}
      <details className="tracking-details">
        <summary className="tracking-details__summary">
          How this is worked out<span className="visually-hidden"> for {metric.label}</span>
        </summary>
        <p className="tracking-details__body">{metric.formula}</p>
      </details>
    </li>
  );
}
