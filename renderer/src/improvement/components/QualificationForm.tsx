import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { typedFromIso } from '@contract/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useImprovementSave } from '@shared/actions/improvementApi';
import { useStaff } from '@shared/api/staff';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { ChoiceRadios, type Choice } from '@shared/ui/ChoiceRadios';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { SelectField } from '@shared/ui/SelectField';
import { currentStaffOptions } from '../lib/staffOptions';

const LEVELS: Choice<3 | 5>[] = [
  { value: 3, label: 'Level 3' },
  { value: 5, label: 'Level 5' },
];

/** Adds a Level 3 or Level 5 deadline for someone on the staff list, counted from their start in the role. */
export function QualificationForm({ homeId, onSaved }: { homeId: number; onSaved: (m: string) => void }) {
  const p = 'qualification';
  const staff = useStaff(homeId);
  const current = (staff.data ?? []).filter((m) => m.status === 'active');
  const [staffId, setStaffId] = useState('');
  const [level, setLevel] = useState<3 | 5>(3);
  const [started, setStarted] = useState('');
  const [filledIn, setFilledIn] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('qualifications.save', homeId);

  function pick(value: string) {
    setStaffId(value);
    // Their start at the home is a good first guess; a date the manager typed is never overwritten.
    if (started !== '' && started !== filledIn) return;
    const start = typedFromIso(current.find((m) => String(m.id) === value)?.startedOn);
    setStarted(start);
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
      setStaffId('');
      setStarted('');
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
      <SelectField
        id={`${p}-staffId`}
        label="Member of staff"
        value={staffId}
        options={currentStaffOptions(current)}
        onChange={pick}
        error={form.errors.staffId}
      />
      <p>
        Someone missing? <Link href="/team">Add them to the staff list</Link>, then come back here.
      </p>
      <ChoiceRadios
        id={`${p}-level`}
        legend="Qualification"
        value={level}
        choices={LEVELS}
        onChange={setLevel}
      />
      <DateField
        id={`${p}-startedOn`}
        label="Date they started in the role"
        hint="Filled in from the date they started at the home. Change it if they took on this role later, for example on promotion. For example 14/09/2026"
        value={started}
        onChange={setStarted}
        error={form.errors.startedOn}
      />
      <SubmitButton pending={save.isPending}>Add deadline</SubmitButton>
    </form>
  );
}
