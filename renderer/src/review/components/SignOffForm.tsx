import { useState, type FormEvent } from 'react';
import { TextField } from '@shared/ui/TextField';
import { SIGN_OFF_IDS, type SignOffValues } from '../hooks/useCompletion';
import { todayTyped } from '@contract/rules/dates';
import { viewOf, type FormProblems } from '@shared/lib/formProblems';

interface Props {
  defaultName: string;
  problems: FormProblems | null;
  pending: boolean;
  onComplete: (values: SignOffValues) => void;
}

/** Who signs the review off, in what role and on what date; then the button that completes it. */
export function SignOffForm({ defaultName, problems, pending, onComplete }: Props) {
  const [values, setValues] = useState<SignOffValues>(() => ({
    name: defaultName,
    role: 'Registered manager',
    date: todayTyped(),
  }));
  const set = (name: keyof SignOffValues) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const { errors } = viewOf(problems);

  function submit(event: FormEvent) {
    event.preventDefault();
    onComplete(values);
  }

  return (
    <section className="section" aria-labelledby="sign-off-title">
      <h2 className="heading-l" id="sign-off-title">
        Sign off
      </h2>
      <p>
        Once completed, the review is read-only. It can be reopened later, with a reason, if something needs
        changing.
      </p>
      <form className="form narrow" noValidate onSubmit={submit}>
        <TextField
          id={SIGN_OFF_IDS.signedByName}
          label="Your name"
          value={values.name}
          onChange={set('name')}
          error={errors.signedByName}
          autoComplete="name"
          spellCheck={false}
        />
        <TextField
          id={SIGN_OFF_IDS.signedByRole}
          label="Your role"
          value={values.role}
          onChange={set('role')}
          error={errors.signedByRole}
          autoComplete="organization-title"
        />
        <TextField
          id={SIGN_OFF_IDS.signedOn}
          label="Date of sign-off"
          hint="Day, month and year, for example 26/11/2026"
          value={values.date}
          onChange={set('date')}
          error={errors.signedOn}
          width="medium"
          inputMode="numeric"
          autoComplete="off"
        />
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          Complete review
        </button>
      </form>
    </section>
  );
}
