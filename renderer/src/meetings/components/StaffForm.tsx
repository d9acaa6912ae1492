import { useEffect, useState, type FormEvent } from 'react';
import type { StaffMember, StaffStatus } from '@contract/team';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useFieldTexts } from '@shared/hooks/useFieldTexts';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { typedFromIso } from '@contract/rules/dates';
import { useSaveStaff } from '@improvement/api';
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
  const form = useFormProblems(p);
  const { text, setText, bind } = useFieldTexts(
    p,
    {
      name: member?.name ?? '',
      role: member?.role ?? '',
      startedOn: typedFromIso(member?.startedOn),
      leftOn: typedFromIso(member?.leftOn),
    },
    form.errors,
  );
  const [status, setStatus] = useState<StaffStatus>(member?.status ?? 'active');
  const save = useSaveStaff(homeId);
  const editing = member !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-name`)?.focus();
  }, [editing, p]);

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

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        {member ? `Change details: ${member.name}` : 'Add someone to the staff list'}
      </h2>
      <FormProblem message={form.general} />
      <TextField
        label="Name or initials"
        hint="Initials are enough if you prefer"
        width="medium"
        autoComplete="off"
        {...bind('name')}
      />
      <TextField
        label="Role (optional)"
        hint="For example residential support worker, deputy manager, night worker"
        width="medium"
        autoComplete="off"
        {...bind('role')}
      />
      <DateField label="Date they started (optional)" {...bind('startedOn')} />
      <FormGroup id={`${p}-status`} label="Do they still work here?" error={form.errors.status}>
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
      {status === 'left' && <DateField label="Date they left (optional)" {...bind('leftOn')} />}
      <SubmitButton pending={save.isPending}>{member ? 'Save changes' : 'Add to staff list'}</SubmitButton>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
