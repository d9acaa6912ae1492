import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { typedFromIso } from '@contract/rules/dates';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useImprovementSave } from '../api/improvementApi';
import { useStaff } from '../api/staff';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { currentStaffOptions } from '../lib/staffOptions';
import { QualificationFields } from './QualificationFields';

/** Adds a Level 3 or Level 5 deadline for someone on the staff list, counted from their start in the role. */
export function QualificationForm({ homeId, onSaved }: { homeId: number; onSaved: (m: string) => void }) {
  const p = 'qualification';
  const staff = useStaff(homeId);
  const current = (staff.data ?? []).filter((m) => m.status === 'active');
  const [values, setValues] = useState({ staffId: '', level: 3 as 3 | 5, started: '' });
  const { staffId, level, started } = values;
  const [filledIn, setFilledIn] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('qualifications.save', homeId);

  function pick(value: string) {
    // Their start at the home is a good first guess; a date the manager typed is never overwritten.
    if (started !== '' && started !== filledIn) {
      setValues({ ...values, staffId: value });
      return;
    }
    const start = typedFromIso(current.find((m) => String(m.id) === value)?.startedOn);
    setValues({ ...values, staffId: value, started: start });
    setFilledIn(start);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates(
      { startedOn: { text: started, what: 'the date they started in the role' } },
      staffId ? {} : { staffId: 'Choose someone from the staff list' },
    );
    if (!d) return;
    const member = current.find((m) => String(m.id) === staffId);
    try {
      await save.mutateAsync({
        homeId,
        staffId: Number(staffId),
        level,
        startedOn: d.startedOn!,
        achievedOn: null,
      });
      form.clear();
      setValues({ staffId: '', level: 3, started: '' });
      setFilledIn('');
      onSaved(`Level ${level} deadline added for ${member?.name ?? 'them'}.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  const heading = (
    <h2 className="heading-m" id="qualification-heading">
      Add a qualification deadline
    </h2>
  );
  if (staff.data === undefined) {
    return (
      <section aria-labelledby="qualification-heading">
        {heading}
        <LoadingOrError error={staff.error} onRetry={() => staff.refetch()} />
      </section>
    );
  }
  if (current.length === 0) {
    return (
      <section aria-labelledby="qualification-heading">
        {heading}
        <p>
          Deadlines are kept for people on the staff list, and no one who works here is on it yet.{' '}
          <Link href="/team">Add them to the staff list first</Link>.
        </p>
      </section>
    );
  }
  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="qualification-heading">
      {heading}
      <FormProblem message={form.general} />
      <p className="hint">
        Level 3 within 2 years of starting in a care role; Level 5 within 3 years for the registered manager.
      </p>
      <QualificationFields
        idPrefix={p}
        values={values}
        people={currentStaffOptions(current)}
        onPick={pick}
        onChange={setValues}
        errors={form.errors}
        startHint="Filled in from the date they started at the home. Change it if they took on this role later, for example on promotion. For example 14/09/2026"
      />
      <p>
        Someone missing? <Link href="/team">Add them to the staff list</Link>, then come back here.
      </p>
      <SubmitButton pending={save.isPending}>Add deadline</SubmitButton>
    </form>
  );
}
