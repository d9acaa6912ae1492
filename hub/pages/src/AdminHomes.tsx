import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatTimestamp } from '@contract/rules/dates';
import { ConfirmInPlace } from '@shared/ui/ConfirmInPlace';
import { useFocusBackAfterCancel, useFocusOnOutcome } from './stepFocus';
import { hubApi } from './hubFetch';
import { Problem } from './Problem';
import { useHubForm } from './useHubForm';

type Home = Awaited<ReturnType<typeof hubApi.enrolledHomes>>[number];

function stateOf(home: Home): string {
  if (home.revokedAt) return `Revoked on ${formatTimestamp(home.revokedAt)}`;
  if (home.enrolledAt) return `Connected since ${formatTimestamp(home.enrolledAt)}`;
  return 'Waiting for the home to enter its code';
}

/**
 * Every home of the provider with its connection, and the way to revoke one: its credential stops working
 * at once and the hub refuses what it sends. The home keeps its own records.
 */
export function AdminHomes() {
  const queryClient = useQueryClient();
  const homes = useQuery({ queryKey: ['enrolled-homes'], queryFn: hubApi.enrolledHomes });
  const [confirming, setConfirming] = useState<Home | null>(null);
  const [revoked, setRevoked] = useState('');
  const outcome = useFocusOnOutcome<HTMLParagraphElement>(revoked);
  const focusBack = useFocusBackAfterCancel();
  const form = useHubForm(async () => {
    if (!confirming) return;
    await hubApi.revoke(confirming.id);
    setRevoked(confirming.name);
    setConfirming(null);
    await queryClient.invalidateQueries({ queryKey: ['enrolled-homes'] });
    await queryClient.invalidateQueries({ queryKey: ['homes'] });
  });
  return (
    <section className="section" aria-labelledby="homes-title">
      <h2 className="heading-l" id="homes-title">
        Homes
      </h2>
      {homes.error ? (
        <Problem error={homes.error} />
      ) : !homes.data ? (
        <p role="status">Loading…</p>
      ) : homes.data.length === 0 ? (
        <p>No homes yet. Make an enrolment code above.</p>
      ) : (
        <ul className="hub-list">
          {homes.data.map((home) => (
            <li key={home.id}>
              <p className="hub-list__name">
                {/* Once it has sent anything, its page shows it (a revoked home's too, saying so). */}
                {home.enrolledAt ? <Link href={`/homes/${home.id}`}>{home.name}</Link> : home.name}
              </p>
              <p>{stateOf(home)}</p>
              {!home.revokedAt && confirming?.id !== home.id && (
                <button
                  type="button"
                  id={`revoke-${home.id}`}
                  className="button button--secondary"
                  onClick={() => {
                    setRevoked('');
                    setConfirming(home);
                  }}
                >
                  Revoke<span className="visually-hidden"> the connection of {home.name}</span>
                </button>
              )}
              {confirming?.id === home.id && (
                <ConfirmInPlace
                  id={`revoke-${home.id}-title`}
                  level={3}
                  title={`Revoke the connection of ${home.name}?`}
                  yes="Yes, revoke it"
                  pending={form.pending}
                  onYes={form.confirm}
                  no="Cancel"
                  onNo={() => {
                    setConfirming(null);
                    focusBack(`revoke-${home.id}`);
                  }}
                >
                  The home can no longer send anything to the hub, and it leaves Homes over time and Overdue.
                  The home keeps its own records. To connect it again, make a new enrolment code.
                </ConfirmInPlace>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" ref={outcome} tabIndex={-1}>
        {revoked ? `${revoked} is revoked: the hub refuses anything it sends from now on.` : ''}
      </p>
      {form.problem && <p className="error-message">{form.problem}</p>}
    </section>
  );
}
