import type { DashboardData } from '@contract/dashboard';
import type { SccifArea } from '@contract/framework';
import { gradeSeries } from '../lib/series';
import { pickSccif } from '../lib/sccifRows';
import { GradeTrendChart } from './GradeTrendChart';
import { JudgementFacts } from './JudgementFacts';

/** One of the three SCCIF judgements over time; reviews before version 2 did not record it. */
export function SccifCard({ area, title, data }: { area: SccifArea; title: string; data: DashboardData }) {
  const titleId = `sccif-${area}-title`;
  const recorded = data.history.filter((p) => p.sccif !== null);
  return (
    <section className="card domain-card sccif-card" aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        {title}
      </h3>
      {recorded.length === 0 ? (
        <p>
          Not recorded yet: reviews made before version 2 of the framework recorded one overall judgement.
        </p>
      ) : (
        <div className="domain-card__body">
          <JudgementFacts track={data.sccif[area]} previousQuarter={data.history.at(-2)?.quarter ?? null} />
          <GradeTrendChart title={title} series={gradeSeries(data.history, pickSccif(area))} />
        </div>
      )}
    </section>
  );
}
