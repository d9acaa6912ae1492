import { useState, type FormEvent } from 'react';
import type { ActionItem } from '@contract/actions';
import { TextArea } from '@shared/ui/TextArea';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { readTypedDate, typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { ByNameField, FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

/** A dated progress note on an action. */
export function ActionNoteForm({
  action,
  onDone,
}: {
  action: ActionItem;
  onDone: (message: string) => void;
}) {
  const p = `note-${action.id}`;
  const today = useToday().data;
  const [date, setDate] = useState(typedFromIso(today));
  const [text, setText] = useState('');
  const [byName, setByName] = useState('');
  const form = useFormProblems(p);
  const errors = form.errors;
  const save = useImprovementSave('actions.addNote', action.homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const notedOn = readTypedDate(date, 'the date of the note');
    const found: Record<string, string> = {};
    if (!notedOn.ok) found.notedOn = notedOn.message;
    if (!text.trim()) found.text = 'Enter the progress note';
    if (Object.keys(found).length > 0 || !notedOn.ok) {
      form.show(found);
      return;
    }
    try {
      await save.mutateAsync({ id: action.id, notedOn: notedOn.iso!, text, byName });
      onDone('Progress note added.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={handler(submit)}
      aria-label={`Add a progress note to: ${action.title.slice(0, 80)}`}
    >
      <FormProblem message={form.general} />
      <DateField id={`${p}-notedOn`} label="Date" value={date} onChange={setDate} error={errors.notedOn} />
      <TextArea
        id={`${p}-text`}
        label="Progress note"
        value={text}
        onChange={setText}
        error={errors.text}
        rows={3}
      />
      <ByNameField id={`${p}-byName`} value={byName} onChange={setByName} error={errors.byName} />
      <SubmitButton pending={save.isPending}>Save note</SubmitButton>
    </form>
  );
}
