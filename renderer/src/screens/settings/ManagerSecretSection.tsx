import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadingOrError } from '@shared/ui/LoadingOrError';

interface Props {
  /** "PIN" or "password": the section is "Manager’s PIN" or "Manager’s password". */
  what: string;
  intro: ReactNode;
  status: UseQueryResult<{ isSet: boolean }>;
  /** The form to set or change it; `onSaved` puts its message in the section's status line. */
  form: (isSet: boolean, onSaved: (message: string) => void) => ReactNode;
}

/** A Settings section for one of the manager's secrets: what it is for, whether it is set, and its form. */
export function ManagerSecretSection({ what, intro, status, form }: Props) {
  const [message, setMessage] = useState('');
  const id = `manager-${what.toLowerCase()}-title`;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 className="heading-l" id={id}>
        Manager’s {what}
      </h2>
      <p>{intro}</p>
      <p className="status-message" role="status">
        {message}
      </p>
      {status.data === undefined ? (
        <LoadingOrError error={status.error} onRetry={() => status.refetch()} />
      ) : (
        <>
          <p>{status.data.isSet ? `A ${what} is set.` : `No ${what} is set yet.`}</p>
          {form(status.data.isSet, setMessage)}
        </>
      )}
    </section>
  );
}
