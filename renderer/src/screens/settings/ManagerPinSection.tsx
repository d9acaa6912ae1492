import { useState } from 'react';
import { ManagerPinForm } from '@shared/locked-mode/ManagerPinForm';
import { usePinStatus } from '@shared/locked-mode/lockApi';
import { LoadingOrError } from '@shared/ui/LoadingOrError';

/** The manager's PIN, which is the only way out of the locked screens (private rating before a meeting). */
export function ManagerPinSection() {
  const status = usePinStatus();
  const [message, setMessage] = useState('');
  return (
    <section className="section" aria-labelledby="manager-pin-title">
      <h2 className="heading-l" id="manager-pin-title">
        Manager’s PIN
      </h2>
      <p>
        When staff rate in private on this computer, Hallmarks shows only the rating screen until the manager
        types this PIN. Hallmarks keeps only a scrambled form of it, so a forgotten PIN cannot be shown again:
        set a new one here.
      </p>
      <p className="status-message" role="status">
        {message}
      </p>
      {status.data === undefined ? (
        <LoadingOrError error={status.error} onRetry={() => status.refetch()} />
      ) : (
        <>
          <p>{status.data.isSet ? 'A PIN is set.' : 'No PIN is set yet.'}</p>
          <ManagerPinForm isSet={status.data.isSet} onSaved={setMessage} />
        </>
      )}
    </section>
  );
}
