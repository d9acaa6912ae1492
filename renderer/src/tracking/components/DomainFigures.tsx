import type { DashboardData } from '@contract/dashboard';
import { metricSeries, metricsForDomain } from '../lib/metricValues';
import { MetricRow } from './MetricRow';

/** The quarterly figures that help read a domain's judgement, so a score can be checked against facts. */
export function DomainFigures({
  domainKey,
  metrics,
}: {
  domainKey: string;
  metrics: DashboardData['metrics'];
}) {
  const definitions = metricsForDomain(domainKey);
  // With no figures at all, the dashboard says so once rather than in every domain.
  if (definitions.length === 0 || metrics.length === 0) return null;
  return (
    <div className="domain-figures">
      <h4 className="domain-figures__title">Figures for this domain</h4>
      <ul className="metric-list">
        {definitions.map((metric) => (
          <MetricRow key={metric.key} metric={metric} points={metricSeries(metric, metrics)} />
        ))}
      </ul>
    </div>
  );
}
