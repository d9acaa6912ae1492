import '../meetings.css';
import { useState } from 'react';
import { Link } from 'wouter';
import type { StaffMember } from '@contract/team';
import { useStaff } from '@improvement/api';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/rules/dates';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { PageHeading } from '@shared/ui/PageHeading';
import { StaffForm } from '../components/StaffForm';
import { TeamNav } from '../components/TeamNav';

const statusText = (m: StaffMember) =>
  m.status === 'active' ? 'Works here' : m.leftOn ? `Left on ${formatIsoDate(m.leftOn)}` : 'Has left';

/** The home's staff team: who works here, in what role, since when, and who has left. */
export function StaffScreen() {
  usePageTitle('Staff');
  const { home } = useHome();
  const staff = useStaff(home.id);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const editedMember = staff.data?.find((m) => m.id === editing);

  function closeEditor(id: number) {
    setEditing(null);
    // Back to the button that opened the form, so keyboard users keep their place.
    requestAnimationFrame(() => document.getElementById(`staff-change-${id}`)?.focus());
  }

  return (
    <>
      <PageHeading caption={home.name}>Staff</PageHeading>
      <TeamNav />
      <p className="body-l">
        Everyone who works in the home. Action owners are picked from this list, team members rate the
        self-assessment before a team meeting, and each person’s appraisal, supervision, DBS update service
        check and qualification deadline is kept on the{' '}
        <Link href="/inspections/calendar">dates that must not slip</Link>.
      </p>
      <p className="status-message" role="status">
        {message}
      </p>
      {staff.data === undefined ? (
        <LoadingOrError error={staff.error} onRetry={() => staff.refetch()} />
      ) : staff.data.length === 0 ? (
        <p>No one is on the staff list yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table staff-table">
            <caption className="heading-m">
              Staff list: {staff.data.filter((m) => m.status === 'active').length} working here
            </caption>
            <thead>
              <tr>
                <th scope="col">Name or initials</th>
                <th scope="col">Role</th>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Change</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {staff.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.role || 'Not recorded'}</td>
                  <td>{m.startedOn ? formatIsoDate(m.startedOn) : 'Not recorded'}</td>
                  <td>{statusText(m)}</td>
                  <td>
                    <button
                      type="button"
                      id={`staff-change-${m.id}`}
                      className="button button--secondary"
                      onClick={() => setEditing(m.id)}
                    >
                      Change<span className="visually-hidden"> details: {m.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="narrow">
        {editedMember ? (
          <StaffForm
            key={editedMember.id}
            homeId={home.id}
            member={editedMember}
            onSaved={(m) => {
              setMessage(m);
              closeEditor(editedMember.id);
            }}
            onCancel={() => closeEditor(editedMember.id)}
          />
        ) : (
          <StaffForm homeId={home.id} onSaved={setMessage} />
        )}
      </div>
    </>
  );
}
