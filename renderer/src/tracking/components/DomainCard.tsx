import type { DashboardData, DomainTrack } from '@contract/dashboard';
import { gradeSeries } from '../lib/series';
import { DomainFigures } from './DomainFigures';
import { GradeTrendChart } from './GradeTrendChart';
import { JudgementFacts } from './JudgementFacts';

/** One domain: where it stands, how it has moved, its trend and the figures that inform it. */
export function DomainCard({ domain, data }: { domain: DomainTrack; data: DashboardData }) {
  const titleId = `domain-${domain.key}-title`;
  const previousQuarter = data.history.at(-2)?.quarter ?? null;
  return (
    <section className="card domain-card" aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        {domain.number}. {domain.title}
      </h3>
      <div className="domain-card__body">
        <JudgementFacts track={domain} previousQuarter={previousQuarter} />
        <GradeTrendChart
          title={domain.title}
          series={gradeSeries(data.history, (p) => p.judgements[domain.key] ?? null)}
        />
      </div>
      <DomainFigures domainKey={domain.key} metrics={data.metrics} />
    </section>
  );
}
