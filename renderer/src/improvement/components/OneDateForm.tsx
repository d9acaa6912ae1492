import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';

interface Props {
  /** The date field's id is `${idPrefix}-${field}`, so the app's refusal lands beside it. */
  idPrefix: string;
  field: string;
  label: string;
  /** How a problem names the date: "the date it was achieved". */
  what: string;
  initialIso: string | null;
  formLabel: string;
  /** Saves the date and returns the message to show; throws the app's refusal. */
  save: (iso: string) => Promise<string>;
  onSaved: (message: string) => void;
}

/** A small inline form that records one required date against a record on the calendar. */
export function OneDateForm({ idPrefix, field, label, what, initialIso, formLabel, save, onSaved }: Props) {
  const form = useSaveForm({
    idPrefix,
    initial: { [field]: typedFromIso(initialIso) },
    read: (v, check) => check.dates({ [field]: { text: v[field]!, what } })[field]!,
    save,
    after: 'keep',
    onSaved,
  });

  return (
    <form className="form inline-form" noValidate onSubmit={form.onSubmit} aria-label={formLabel}>
      <FormProblem message={form.general} />
      <DateField label={label} {...form.bind(field)} />
      <SubmitButton pending={form.pending}>Save</SubmitButton>
    </form>
  );
}
