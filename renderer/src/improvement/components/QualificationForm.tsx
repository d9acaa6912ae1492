import { useState } from 'react';
import { Link } from 'wouter';
import { typedFromIso } from '@contract/rules/dates';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useImprovementSave } from '../api/improvementApi';
import { useStaff } from '../api/staff';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { currentStaffOptions } from '../lib/staffOptions';
import { QualificationFields } from './QualificationFields';

/** Adds a Level 3 or Level 5 deadline for someone on the staff list, counted from their start in the role. */
export function QualificationForm({ homeId, onSaved }: { homeId: number; onSaved: (m: string) => void }) {
  const p = 'qualification';
  const staff = useStaff(homeId);
  const current = (staff.data ?? []).filter((m) => m.status === 'active');
  const [filledIn, setFilledIn] = useState('');
  const save = useImprovementSave('qualifications.save', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: { staffId: '', level: 3 as 3 | 5, started: '' },
    read: (v, check) => {
      check.found({ staffId: v.staffId ? undefined : 'Choose someone from the staff list' });
      const d = check.dates({ startedOn: { text: v.started, what: 'the date they started in the role' } });
      const { staffId, level } = v;
      return { homeId, staffId: Number(staffId), level, startedOn: d.startedOn!, achievedOn: null };
    },
    save: save.mutateAsync,
    onSaved: (_r, { staffId, level }) => {
      setFilledIn('');
      onSaved(`Level ${level} deadline added for ${current.find((m) => m.id === staffId)?.name ?? 'them'}.`);
    },
  });
  const { values } = form;

  function pick(value: string) {
    // Their start at the home is a good first guess; a date the manager typed is never overwritten.
    if (values.started !== '' && values.started !== filledIn) {
      form.setValues({ ...values, staffId: value });
      return;
    }
    const start = typedFromIso(current.find((m) => String(m.id) === value)?.startedOn);
    form.setValues({ ...values, staffId: value, started: start });
    setFilledIn(start);
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
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="qualification-heading">
      {heading}
      <FormProblem message={form.general} />
      <p className="hint">
        The Level 3 Diploma, or a qualification the registered person considers equivalent, within 2 years of
        starting work in a care role in a children’s home (any home); Level 5 within 3 years for the
        registered manager. A deferred date is recorded with Change.
      </p>
      <QualificationFields
        idPrefix={p}
        values={values}
        people={currentStaffOptions(current)}
        onPick={pick}
        onChange={form.setValues}
        errors={form.errors}
        startHint="Filled in from the date they started at this home. Change it if they started earlier in another children’s home, or took on this role later (for example on promotion). For example 14/09/2026"
      />
      <p>
        Someone missing? <Link href="/team">Add them to the staff list</Link>, then come back here.
      </p>
      <SubmitButton pending={form.pending}>Add deadline</SubmitButton>
    </form>
  );
}
