import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatTimestamp } from '@contract/rules/dates';
import { ConfirmInPlace } from '@shared/ui/ConfirmInPlace';
import { useFocusBackAfterCancel, useFocusOnOutcome } from './stepFocus';
import { hubApi, type Me } from './hubFetch';
import { Problem } from './Problem';
import { useHubForm } from './useHubForm';

type Person = Awaited<ReturnType<typeof hubApi.people>>[number];

export const ROLE_WORDS: Record<Me['role'], string> = {
  provider_admin: 'Provider admin',
  ri: 'Responsible individual',
  quality_lead: 'Quality lead',
  commissioner: 'Commissioner',
};

function stateOf(person: Person): string {
  if (person.lockedUntil)
    return `Locked after five wrong passwords, until ${formatTimestamp(person.lockedUntil)}`;
  if (person.mustChangePassword) return 'Has a temporary password and must choose their own';
  return '';
}

/**
 * The provider's people, and a password reset: a temporary password shown once here, which only lets
 * the person choose their own. Their sessions end at once, and a lockout ends with the reset.
 */
export function AdminPeople({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const people = useQuery({ queryKey: ['people'], queryFn: hubApi.people });
  const [confirming, setConfirming] = useState<Person | null>(null);
  const form = useHubForm(async () => {
    if (!confirming) throw new Error('Choose whose password to reset.');
    const reset = await hubApi.resetPassword(confirming.userId);
    setConfirming(null);
    await queryClient.invalidateQueries({ queryKey: ['people'] });
    return reset;
  });
  const outcome = useFocusOnOutcome<HTMLDivElement>(form.result);
  const focusBack = useFocusBackAfterCancel();
  return (
    <section className="section" aria-labelledby="people-title">
      <h2 className="heading-l" id="people-title">
        People
      </h2>
      {people.error ? (
        <Problem error={people.error} />
      ) : !people.data ? (
        <p role="status">Loading…</p>
      ) : (
        <ul className="hub-list">
          {people.data.map((person) => (
            <li key={person.userId}>
              <p className="hub-list__name">{person.email}</p>
              <p>
                {ROLE_WORDS[person.role]}
                {person.localAuthority ? `, ${person.localAuthority}` : ''}
              </p>
              {stateOf(person) && <p>{stateOf(person)}</p>}
              {person.email !== me.email && confirming?.userId !== person.userId && (
                <button
                  type="button"
                  id={`reset-${person.userId}`}
                  className="button button--secondary"
                  onClick={() => setConfirming(person)}
                >
                  Reset password<span className="visually-hidden"> of {person.email}</span>
                </button>
              )}
              {confirming?.userId === person.userId && (
                <ConfirmInPlace
                  id={`reset-${person.userId}-title`}
                  level={3}
                  title={`Reset the password of ${person.email}?`}
                  yes="Yes, reset it"
                  pending={form.pending}
                  onYes={form.confirm}
                  no="Cancel"
                  onNo={() => {
                    setConfirming(null);
                    focusBack(`reset-${person.userId}`);
                  }}
                >
                  They are signed out everywhere now. You will see a temporary password once; they sign in
                  with it and must then choose their own.
                </ConfirmInPlace>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="status" ref={outcome} tabIndex={-1}>
        {form.result && (
          <p>
            Temporary password for {form.result.email}:{' '}
            <strong className="hub-code">{form.result.temporaryPassword}</strong>. It is shown only now: tell
            it to them in person or by phone.
          </p>
        )}
      </div>
      {form.problem && <p className="error-message">{form.problem}</p>}
    </section>
  );
}
