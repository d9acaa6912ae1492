import { itemNoteInput, type AgendaItem } from '@contract/team-meeting';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { checkWith } from '@shared/lib/formProblems';
import { TextArea } from '@shared/ui/TextArea';
import { useMeetingSave } from '../api';

/** What the meeting said about one agenda item, an added one included: a line or two, never who rated what. */
export function ItemNoteForm({ reviewId, item }: { reviewId: number; item: AgendaItem }) {
  const p = `note-${item.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const save = useMeetingSave('meeting.itemNote', reviewId);
  const form = useSaveForm({
    idPrefix: p,
    initial: { note: item.note },
    read: ({ note }, check) => {
      const input = { reviewId, itemId: item.id, note };
      check.add(checkWith(itemNoteInput, input));
      return input;
    },
    save: save.mutateAsync,
    after: 'keep',
    savedMessage: (_r, input) => (input.note.trim() === '' ? 'Note removed.' : 'Note saved.'),
  });
  return (
    <form
      className="form meeting-mode__item-note"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={`Meeting note: ${item.title.slice(0, 80)}`}
    >
      <FormProblem message={form.general} />
      <TextArea
        label="Note on this item"
        hint="What the meeting said, and any minority view, in a line each. Never who rated what."
        rows={3}
        {...form.bind('note')}
      />
      <SubmitButton pending={form.pending}>Save note</SubmitButton>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
