import type { MetricGroup, MetricValues } from '@contract/metric-fields';
import { formatMetric, metricsInGroup } from '../lib/metricValues';

/** The rates worked out from this group's figures, updated as they are typed, each with its formula. */
export function GroupRates({
  group,
  values,
  invalid,
}: {
  group: MetricGroup;
  values: MetricValues;
  /** Figures that are impossible as typed: rates that use them wait until they are corrected. */
  invalid: ReadonlySet<string>;
}) {
  const metrics = metricsInGroup(group);
  if (metrics.length === 0) return null;
  const usable = Object.fromEntries(Object.entries(values).filter(([key]) => !invalid.has(key)));
  const describe = (metric: (typeof metrics)[number]) => {
    const value = metric.compute(usable);
    if (value !== null) return { text: formatMetric(value, metric.unit), missing: false };
    const text =
      metric.compute(values) === null ? 'Not enough figures yet' : 'Correct the figures to see this';
    return { text, missing: true };
  };
  return (
    <div className="group-rates">
      <p className="group-rates__title">Worked out from these figures</p>
      <dl className="group-rates__list">
        {metrics.map((metric) => {
          const shown = describe(metric);
          return (
            <div className="group-rates__item" key={metric.key}>
              <dt>{metric.label}</dt>
              <dd>
                <span
                  className={
                    shown.missing ? 'group-rates__value group-rates__value--missing' : 'group-rates__value'
                  }
                >
                  {shown.text}
                </span>
                <span className="group-rates__formula">{metric.formula}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
