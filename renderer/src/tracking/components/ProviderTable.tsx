import type { ProviderHome } from '@contract/dashboard';
import { quarterLabel } from '@contract/rules/quarters';
import { ProviderAlertsCell } from './ProviderAlertsCell';
import { ProviderGradeCell } from './ProviderGradeCell';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { SwitchHomeLink } from './SwitchHomeLink';

/** Homes side by side as columns, in name order; each compared only with its own previous review. */
export function ProviderTable({ homes }: { homes: ProviderHome[] }) {
  const domains = homes[0]?.domains ?? [];
  return (
    <ScrollRegion labelledBy="provider-caption">
      <table className="data-table provider-table">
        <caption className="visually-hidden" id="provider-caption">
          Every home side by side, in name order
        </caption>
        <thead>
          <tr>
            <td />
            {homes.map((home) => (
              <th scope="col" key={home.homeId} className="provider-table__home">
                <SwitchHomeLink homeId={home.homeId}>{home.name}</SwitchHomeLink>
                {home.urn && <span className="provider-table__urn">URN {home.urn}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Latest review</th>
            {homes.map((home) => (
              <td key={home.homeId}>
                {home.latestQuarter ? quarterLabel(home.latestQuarter) : 'None completed yet'}
              </td>
            ))}
          </tr>
          <tr className="provider-table__overall">
            <th scope="row">Overall judgement</th>
            {homes.map((home) => (
              <ProviderGradeCell
                key={home.homeId}
                grade={home.overall.latest}
                movement={home.overall.movement}
              />
            ))}
          </tr>
          {domains.map((domain) => (
            <tr key={domain.key}>
              <th scope="row">
                {domain.number}. {domain.title}
              </th>
              {homes.map((home) => {
                const own = home.domains.find((d) => d.key === domain.key);
                return (
                  <ProviderGradeCell
                    key={home.homeId}
                    grade={own?.latest ?? null}
                    movement={own?.movement ?? null}
                  />
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">Open alerts</th>
            {homes.map((home) => (
              <ProviderAlertsCell key={home.homeId} home={home} />
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
