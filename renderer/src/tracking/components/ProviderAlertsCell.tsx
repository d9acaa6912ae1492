import type { ProviderHome } from '@contract/dashboard';
import { SwitchHomeLink } from './SwitchHomeLink';

/** One home's open alerts: how many and their titles, each leading to that home's dashboard. */
export function ProviderAlertsCell({ home }: { home: ProviderHome }) {
  const count = home.openAlerts.length;
  return (
    <td className="provider-table__alerts">
      <p className="provider-table__count">
        {count === 0 ? 'None open' : count === 1 ? '1 open' : `${count} open`}
      </p>
      {count > 0 && (
        <ul className="provider-table__alert-list">
          {home.openAlerts.map((alert) => (
            <li key={alert.key}>
              <SwitchHomeLink homeId={home.homeId}>
                {alert.title}
                <span className="visually-hidden"> ({home.name})</span>
              </SwitchHomeLink>
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
