import { TextField } from '@shared/ui/TextField';
import { TextArea } from '@shared/ui/TextArea';
import { readTypedDate } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { useStaff } from '../api/staff';
import { useHome } from '@shared/currentHomeContext';

export interface ActionDraft {
  title: string;
  owner: string;
  due: string;
}

interface Props {
  idPrefix: string;
  draft: ActionDraft;
  onChange: (draft: ActionDraft) => void;
  errors: Record<string, string>;
  today: string | undefined;
}

/** What is to be done, who owns it and when it is due; a due date already passed is allowed, with a note. */
export function ActionFields({ idPrefix, draft, onChange, errors, today }: Props) {
  const due = readTypedDate(draft.due, 'the date it is due');
  const past = due.ok && due.iso !== null && today !== undefined && due.iso < today;
  const { home } = useHome();
  // Owners come from the staff who work here now; a name typed freely (or saved before) still stands.
  const current = (useStaff(home.id).data ?? []).filter((m) => m.status === 'active');
  return (
    <>
      <TextArea
        id={`${idPrefix}-title`}
        label="What is to be done"
        value={draft.title}
        onChange={(title) => onChange({ ...draft, title })}
        error={errors.title}
        rows={3}
      />
      <TextField
        id={`${idPrefix}-owner`}
        label="Owner (optional)"
        hint={
          current.length > 0
            ? 'The person who will see it through: choose from the staff list or type a name'
            : 'The person who will see it through'
        }
        value={draft.owner}
        onChange={(owner) => onChange({ ...draft, owner })}
        error={errors.owner}
        width="medium"
        autoComplete="off"
        list={current.length > 0 ? `${idPrefix}-owner-staff` : undefined}
      />
      {current.length > 0 && (
        <datalist id={`${idPrefix}-owner-staff`}>
          {current.map((m) => (
            <option key={m.id} value={m.name}>
              {m.role}
            </option>
          ))}
        </datalist>
      )}
      <DateField
        id={`${idPrefix}-dueOn`}
        label="Due date"
        value={draft.due}
        onChange={(value) => onChange({ ...draft, due: value })}
        error={errors.dueOn}
      />
      {past && (
        <p className="inset-text" id={`${idPrefix}-due-note`}>
          This date has already passed. You can still save it; the action will show as overdue.
        </p>
      )}
    </>
  );
}

/** Checks the typed fields; returns the due date as ISO, or the problems to show beside the fields. */
export function checkActionDraft(
  draft: ActionDraft,
): { ok: true; dueOn: string } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = 'Enter what is to be done';
  const due = readTypedDate(draft.due, 'the date it is due');
  if (!due.ok) errors.dueOn = due.message;
  if (Object.keys(errors).length > 0 || !due.ok) return { ok: false, errors };
  return { ok: true, dueOn: due.iso! };
}
