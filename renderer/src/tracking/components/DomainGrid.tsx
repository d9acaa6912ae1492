import type { DashboardData } from '@contract/dashboard';
import { DomainCard } from './DomainCard';
import { SccifCard } from './SccifCard';
import { SCCIF_ROWS } from '../lib/sccifRows';

/** The three SCCIF judgements' trend charts, then each domain's trend chart and figures. Loaded after the first screen, with the charting code. */
export function DomainGrid({ data }: { data: DashboardData }) {
  return (
    <div className="domain-grid">
      {SCCIF_ROWS.map((row) => (
        <SccifCard key={row.area} area={row.area} title={row.title} data={data} />
      ))}
      {data.domains.map((domain) => (
        <DomainCard key={domain.key} domain={domain} data={data} />
      ))}
    </div>
  );
}
