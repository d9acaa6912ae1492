import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Alert } from '@contract/alerts';
import { routeOf, SEVERITY_WORDS } from '../lib/alertLists';
import { AcknowledgeForm } from './AcknowledgeForm';

interface Props {
  homeId: number;
  alert: Alert;
  onAcknowledged: (alert: Alert) => void;
}

/** One open alert: what happened, a link to it, and a way to acknowledge it with a note. */
export function AlertItem({ homeId, alert, onAcknowledged }: Props) {
  const [acknowledging, setAcknowledging] = useState(false);
  const cancelled = useRef(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Cancelling puts focus back on the button that opened the form.
    if (!acknowledging && cancelled.current) {
      cancelled.current = false;
      toggle.current?.focus();
    }
  }, [acknowledging]);
  return (
    <li className={`alert-item alert-item--${alert.severity}`}>
      <p className="alert-item__severity">{SEVERITY_WORDS[alert.severity]}</p>
      <h3 className="alert-item__title">{alert.title}</h3>
      <p>{alert.detail}</p>
      <p>
        <Link href={routeOf(alert.link)}>{alert.linkText}</Link>
      </p>
      {acknowledging ? (
        <AcknowledgeForm
          homeId={homeId}
          alert={alert}
          onDone={(done) => {
            cancelled.current = !done;
            setAcknowledging(false);
            if (done) onAcknowledged(alert);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          ref={toggle}
          onClick={() => setAcknowledging(true)}
        >
          Acknowledge<span className="visually-hidden"> the alert: {alert.title}</span>
        </button>
      )}
    </li>
  );
}
