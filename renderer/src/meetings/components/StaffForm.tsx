import { useEffect } from 'react';
import type { StaffMember, StaffStatus } from '@contract/team';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { typedFromIso } from '@contract/rules/dates';
import { useSaveStaff } from '@improvement/api';
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
  const save = useSaveStaff(homeId);
  const editing = member !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-name`)?.focus();
  }, [editing, p]);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      name: member?.name ?? '',
      role: member?.role ?? '',
      startedOn: typedFromIso(member?.startedOn),
      status: member?.status ?? ('active' as StaffStatus),
      leftOn: typedFromIso(member?.leftOn),
    },
    read: (v, check) => {
      check.found({ name: v.name.trim() ? undefined : 'Enter a name or initials' });
      const d = check.dates({
        startedOn: { text: v.startedOn, what: 'the date they started', required: false },
        leftOn: { text: v.status === 'left' ? v.leftOn : '', what: 'the date they left', required: false },
      });
      const { name, role, status } = v;
      return { homeId, id: member?.id ?? null, name, role, startedOn: d.startedOn, status, leftOn: d.leftOn };
    },
    save: save.mutateAsync,
    after: editing ? 'keep' : 'reset',
    onSaved: (_r, { name }) =>
      onSaved(editing ? `${name.trim()}: details saved.` : `${name.trim()} added to the staff list.`),
  });
  const { bind } = form;
  const { status } = form.values;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby={`${p}-heading`}>
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
            onChange={(event) => form.set('status')(event.target.value as StaffStatus)}
            {...control}
          >
            <option value="active">Yes, works here</option>
            <option value="left">No, has left</option>
          </select>
        )}
      </FormGroup>
      {status === 'left' && <DateField label="Date they left (optional)" {...bind('leftOn')} />}
      <SubmitButton pending={form.pending}>{member ? 'Save changes' : 'Add to staff list'}</SubmitButton>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
