import { useRef, useState } from 'react';
import type { Alert } from '@contract/alerts';
import { splitAlerts } from '../lib/alertLists';
import { AcknowledgedAlerts } from './AcknowledgedAlerts';
import { AlertItem } from './AlertItem';

/** What needs attention, most serious first; acknowledged alerts fold away below. */
export function AlertsPanel({ homeId, alerts }: { homeId: number; alerts: Alert[] }) {
  const { open, acknowledged } = splitAlerts(alerts);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  function acknowledgedOne(alert: Alert) {
    setStatus(`Alert acknowledged: ${alert.title}. It is now in the acknowledged list.`);
    // The alert's own controls are gone, so put the reader back at the top of the list.
    heading.current?.focus();
  }

  return (
    <section className="card alerts-panel" aria-labelledby="alerts-title">
      <h2 className="heading-m" id="alerts-title" tabIndex={-1} ref={heading}>
        Alerts{open.length > 0 && ` (${open.length})`}
      </h2>
      <p className="status-message" role="status">
        {status}
      </p>
      {open.length === 0 ? (
        <p>Nothing needs your attention right now.</p>
      ) : (
        <ul className="alert-list">
          {open.map((alert) => (
            <AlertItem key={alert.key} homeId={homeId} alert={alert} onAcknowledged={acknowledgedOne} />
          ))}
        </ul>
      )}
      <AcknowledgedAlerts alerts={acknowledged} />
    </section>
  );
}
