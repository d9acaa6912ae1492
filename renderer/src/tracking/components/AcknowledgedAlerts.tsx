import type { Alert } from '@contract/alerts';
import { formatTimestampDate } from '@contract/rules/dates';

/** Alerts already seen to, folded away with the note and the date. */
export function AcknowledgedAlerts({ alerts }: { alerts: Alert[] }) {
  if (alerts.length === 0) return null;
  return (
    <details className="tracking-details acknowledged-alerts">
      <summary className="tracking-details__summary">Acknowledged ({alerts.length})</summary>
      <ul className="acknowledged-alerts__list">
        {alerts.map((alert) => (
          <li key={alert.key} className="acknowledged-alerts__item">
            <p className="acknowledged-alerts__title">{alert.title}</p>
            <p className="secondary-text">
              Acknowledged on {alert.acknowledged ? formatTimestampDate(alert.acknowledged.at) : ''}
            </p>
            <p className="long-text">{alert.acknowledged?.note || 'No note added.'}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
