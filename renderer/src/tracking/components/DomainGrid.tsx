import type { DashboardData } from '@contract/dashboard';
import { DomainCard } from './DomainCard';

/** Each domain's trend chart and figures. Loaded after the first screen, with the charting code. */
export function DomainGrid({ data }: { data: DashboardData }) {
  return (
    <div className="domain-grid">
      {data.domains.map((domain) => (
        <DomainCard key={domain.key} domain={domain} data={data} />
      ))}
    </div>
  );
}
