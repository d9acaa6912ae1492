import type { ActionItem } from '@contract/actions';
import { TextArea } from '@shared/ui/TextArea';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { ByNameField } from './ByNameField';

/** A dated progress note on an action. */
export function ActionNoteForm({
  action,
  onDone,
}: {
  action: ActionItem;
  onDone: (message: string) => void;
}) {
  const today = useToday().data;
  const save = useImprovementSave('actions.addNote', action.homeId);
  const form = useSaveForm({
    idPrefix: `note-${action.id}`,
    initial: { notedOn: typedFromIso(today), text: '', byName: '' },
    read: (v, check) => {
      const d = check.dates({ notedOn: { text: v.notedOn, what: 'the date of the note' } });
      check.found({ text: v.text.trim() ? undefined : 'Enter the progress note' });
      return { id: action.id, notedOn: d.notedOn!, text: v.text, byName: v.byName };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved: () => onDone('Progress note added.'),
  });

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={`Add a progress note to: ${action.title.slice(0, 80)}`}
    >
      <FormProblem message={form.general} />
      <DateField label="Date" {...form.bind('notedOn')} />
      <TextArea label="Progress note" rows={3} {...form.bind('text')} />
      <ByNameField {...form.bind('byName')} />
      <SubmitButton pending={form.pending}>Save note</SubmitButton>
    </form>
  );
}
