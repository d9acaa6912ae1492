import { useEffect, useState, type FormEvent } from 'react';
import type { StaffMember, StaffStatus } from '@contract/team';
import { DateField, SubmitButton } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { typedFromIso } from '@contract/dates';
import { useSaveStaff } from '@shared/api/staff';
import { handler } from '@shared/lib/background';
import { FormGroup } from '@shared/ui/FormGroup';
import { TextField } from '@shared/ui/TextField';

interface Props {
  homeId: number;
  /** The member to change; someone new when absent. */
  member?: StaffMember;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}

/** Adds someone to the staff list, or changes their details (including that they have left). */
export function StaffForm({ homeId, member, onSaved, onCancel }: Props) {
  const p = member ? `staff-${member.id}` : 'staff-new';
  const blank = {
    name: member?.name ?? '',
    role: member?.role ?? '',
    startedOn: typedFromIso(member?.startedOn),
    leftOn: typedFromIso(member?.leftOn),
  };
  const [text, setText] = useState(blank);
  const [status, setStatus] = useState<StaffStatus>(member?.status ?? 'active');
  const form = useFormProblems(p);
  const save = useSaveStaff(homeId);
  const editing = member !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-name`)?.focus();
  }, [editing, p]);
  const field = (key: keyof typeof text) => (value: string) => setText({ ...text, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<string, string> = text.name.trim() ? {} : { name: 'Enter a name or initials' };
    const d = form.readDates(
      {
        startedOn: { text: text.startedOn, what: 'the date they started', required: false },
        leftOn: { text: status === 'left' ? text.leftOn : '', what: 'the date they left', required: false },
      },
      found,
    );
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        id: member?.id ?? null,
        name: text.name,
        role: text.role,
        startedOn: d.startedOn ?? null,
        status,
        leftOn: d.leftOn ?? null,
      });
      form.clear();
      if (!member) {
        setText({ name: '', role: '', startedOn: '', leftOn: '' });
        setStatus('active');
      }
      onSaved(
        member ? `${text.name.trim()}: details saved.` : `${text.name.trim()} added to the staff list.`,
      );
    } catch (failure) {
      form.failWith(failure);
    }
  }

  const e = form.errors;
  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        {member ? `Change details: ${member.name}` : 'Add someone to the staff list'}
      </h2>
      {form.general && <p className="error-message">{form.general}</p>}
      <TextField
        id={`${p}-name`}
        label="Name or initials"
        hint="Initials are enough if you prefer"
        value={text.name}
        onChange={field('name')}
        error={e.name}
        width="medium"
        autoComplete="off"
      />
      <TextField
        id={`${p}-role`}
        label="Role (optional)"
        hint="For example residential support worker, deputy manager, night worker"
        value={text.role}
        onChange={field('role')}
        error={e.role}
        width="medium"
        autoComplete="off"
      />
      <DateField
        id={`${p}-startedOn`}
        label="Date they started (optional)"
        value={text.startedOn}
        onChange={field('startedOn')}
        error={e.startedOn}
      />
      <FormGroup id={`${p}-status`} label="Do they still work here?" error={e.status}>
        {(control) => (
          <select
            id={`${p}-status`}
            name={`${p}-status`}
            className="select"
            value={status}
            onChange={(event) => setStatus(event.target.value as StaffStatus)}
            {...control}
          >
            <option value="active">Yes, works here</option>
            <option value="left">No, has left</option>
          </select>
        )}
      </FormGroup>
      {status === 'left' && (
        <DateField
          id={`${p}-leftOn`}
          label="Date they left (optional)"
          value={text.leftOn}
          onChange={field('leftOn')}
          error={e.leftOn}
        />
      )}
      <SubmitButton pending={save.isPending}>{member ? 'Save changes' : 'Add to staff list'}</SubmitButton>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
