import { useState, type FormEvent } from 'react';
import type { DutyStatus } from '@contract/duties';
import { TextField } from '@shared/ui/TextField';
import { useImprovementSave } from '../api/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

/** Records when a duty was last done (and, for a one-off, the date it must be done by). */
export function DutyDateForm({
  homeId,
  duty,
  onSaved,
}: {
  homeId: number;
  duty: DutyStatus;
  onSaved: (m: string) => void;
}) {
  const p = `duty-${duty.ref.replace(/[^a-z0-9]/gi, '-')}`;
  const oneOff = duty.everyMonths === null;
  const [last, setLast] = useState(typedFromIso(duty.lastDoneOn));
  const [due, setDue] = useState(typedFromIso(oneOff ? duty.nextDueOn : null));
  const form = useFormProblems(p);
  const save = useImprovementSave('duties.save', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates({
      lastDoneOn: {
        text: last,
        what: oneOff ? 'the date it was done' : 'the date it was last done',
        required: false,
      },
      dueOn: { text: due, what: 'the date it must be done by', required: false },
    });
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        ...(duty.builtinKey ? { builtinKey: duty.builtinKey } : { id: duty.id! }),
        title: duty.title,
        everyMonths: duty.everyMonths,
        lastDoneOn: d.lastDoneOn ?? null,
        dueOn: oneOff ? (d.dueOn ?? null) : null,
      });
      form.clear();
      onSaved(`Saved: ${duty.title}.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={handler(submit)}
      aria-label={`Dates for: ${duty.title}`}
    >
      <FormProblem message={form.general} />
      <DateField
        id={`${p}-lastDoneOn`}
        label={oneOff ? 'Date it was done' : 'Date it was last done'}
        value={last}
        onChange={setLast}
        error={form.errors.lastDoneOn}
      />
      {oneOff && (
        <DateField
          id={`${p}-dueOn`}
          label="Date it must be done by"
          value={due}
          onChange={setDue}
          error={form.errors.dueOn}
        />
      )}
      <SubmitButton>Save dates</SubmitButton>
    </form>
  );
}

/** Adds a recurring duty of the home's own. */
export function OwnDutyForm({ homeId, onSaved }: { homeId: number; onSaved: (m: string) => void }) {
  const p = 'own-duty';
  const [title, setTitle] = useState('');
  const [months, setMonths] = useState('12');
  const [last, setLast] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('duties.save', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const every = Number(months);
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = 'Enter the name of the duty';
    if (!Number.isInteger(every) || every < 1 || every > 120)
      problems.everyMonths = 'Enter a number of months from 1 to 120';
    const d = form.readDates(
      { lastDoneOn: { text: last, what: 'the date it was last done', required: false } },
      problems,
    );
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        title,
        everyMonths: every,
        lastDoneOn: d.lastDoneOn ?? null,
        dueOn: null,
      });
      form.clear();
      setTitle('');
      setLast('');
      onSaved('Duty added to the calendar.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="own-duty-heading">
      <h2 className="heading-m" id="own-duty-heading">
        Add a duty of your own
      </h2>
      <FormProblem message={form.general} />
      <TextField
        id={`${p}-title`}
        label="Duty"
        hint="For example: fire risk assessment review"
        value={title}
        onChange={setTitle}
        error={form.errors.title}
        autoComplete="off"
      />
      <TextField
        id={`${p}-everyMonths`}
        label="How often, in months"
        value={months}
        onChange={setMonths}
        error={form.errors.everyMonths}
        width="short"
        inputMode="numeric"
        autoComplete="off"
      />
      <DateField
        id={`${p}-lastDoneOn`}
        label="Date it was last done (optional)"
        value={last}
        onChange={setLast}
        error={form.errors.lastDoneOn}
      />
      <SubmitButton>Add duty</SubmitButton>
    </form>
  );
}
