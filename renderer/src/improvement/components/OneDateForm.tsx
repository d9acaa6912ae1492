import { useState, type FormEvent } from 'react';
import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';

interface Props {
  /** The date field's id is `${idPrefix}-${field}`, so the app's refusal lands beside it. */
  idPrefix: string;
  field: string;
  label: string;
  /** How a problem names the date: "the date it was achieved". */
  what: string;
  initialIso: string | null;
  formLabel: string;
  pending: boolean;
  /** Saves the date and returns the message to show; throws the app's refusal. */
  save: (iso: string) => Promise<string>;
  onSaved: (message: string) => void;
}

/** A small inline form that records one required date against a record on the calendar. */
export function OneDateForm({
  idPrefix,
  field,
  label,
  what,
  initialIso,
  formLabel,
  pending,
  save,
  onSaved,
}: Props) {
  const [date, setDate] = useState(typedFromIso(initialIso));
  const form = useFormProblems(idPrefix);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const d = form.readDates({ [field]: { text: date, what } });
    if (!d) return;
    try {
      onSaved(await save(d[field]!));
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form inline-form" noValidate onSubmit={handler(submit)} aria-label={formLabel}>
      <FormProblem message={form.general} />
      <DateField
        id={`${idPrefix}-${field}`}
        label={label}
        value={date}
        onChange={setDate}
        error={form.errors[field]}
      />
      <SubmitButton pending={pending}>Save</SubmitButton>
    </form>
  );
}
