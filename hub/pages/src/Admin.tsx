import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatTimestamp } from '@contract/rules/dates';
import { TextField } from '@shared/ui/TextField';
import { AdminHomes } from './AdminHomes';
import { AdminPeople, ROLE_WORDS } from './AdminPeople';
import { hubApi, type Me } from './hubFetch';
import { useHubForm } from './useHubForm';

function EnrolHome() {
  const [homeName, setHomeName] = useState('');
  const queryClient = useQueryClient();
  const form = useHubForm(async () => {
    const made = await hubApi.enrol(homeName);
    await queryClient.invalidateQueries({ queryKey: ['enrolled-homes'] });
    return made;
  });
  return (
    <section className="section" aria-labelledby="enrol-title">
      <h2 className="heading-l" id="enrol-title">
        Enrol a home
      </h2>
      <p>
        The code works once, for 7 days. Give it to the home’s manager; they enter it in Hallmarks › Settings.
      </p>
      <form onSubmit={form.onSubmit} noValidate>
        <TextField id="home-name" label="Home’s name" value={homeName} onChange={setHomeName} />
        <button type="submit" className="button" disabled={form.pending}>
          Make an enrolment code
        </button>
      </form>
      <div role="status">
        {form.result && (
          <p>
            Enrolment code for {homeName}: <strong className="hub-code">{form.result.code}</strong> (until{' '}
            {formatTimestamp(form.result.expiresAt)}). It is shown only now.
          </p>
        )}
      </div>
      {form.problem && <p className="error-message">{form.problem}</p>}
    </section>
  );
}

const ROLES = [
  ['ri', ROLE_WORDS.ri],
  ['quality_lead', ROLE_WORDS.quality_lead],
  ['provider_admin', ROLE_WORDS.provider_admin],
  ['commissioner', `${ROLE_WORDS.commissioner} (a local authority: judgements only, homes that share)`],
] as const;

function AddPerson() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<string>('ri');
  const [localAuthority, setLocalAuthority] = useState('');
  const queryClient = useQueryClient();
  const form = useHubForm(async () => {
    const added = await hubApi.addUser({
      email,
      password,
      role,
      localAuthority: role === 'commissioner' ? localAuthority : null,
    });
    await queryClient.invalidateQueries({ queryKey: ['people'] });
    return added;
  });
  return (
    <section className="section" aria-labelledby="person-title">
      <h2 className="heading-l" id="person-title">
        Add a person
      </h2>
      <form onSubmit={form.onSubmit} noValidate>
        <TextField
          id="person-email"
          label="Email address"
          value={email}
          onChange={setEmail}
          spellCheck={false}
        />
        <TextField
          id="person-password"
          label="First password"
          hint="At least 12 characters. Tell them it in person."
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
        />
        <div className="form-group">
          <label className="label" htmlFor="person-role">
            Role
          </label>
          <select className="select" id="person-role" value={role} onChange={(e) => setRole(e.target.value)}>
            {ROLES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {role === 'commissioner' && (
          <TextField
            id="person-la"
            label="Local authority"
            value={localAuthority}
            onChange={setLocalAuthority}
          />
        )}
        <button type="submit" className="button" disabled={form.pending}>
          Add this person
        </button>
      </form>
      <p role="status">{form.result ? `Added ${email}.` : ''}</p>
      {form.problem && <p className="error-message">{form.problem}</p>}
    </section>
  );
}

/** The provider admin's page: enrol and revoke homes, add people and reset their passwords. */
export function Admin({ me }: { me: Me }) {
  return (
    <>
      <h1 className="heading-xl">Homes and people</h1>
      <EnrolHome />
      <AdminHomes />
      <AddPerson />
      <AdminPeople me={me} />
    </>
  );
}
