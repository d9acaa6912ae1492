import { useState, type FormEvent } from 'react';
import type { QualificationStatus } from '@contract/duties';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useImprovementSave } from '../api/improvementApi';
import { useStaff } from '../api/staff';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { SelectField } from '@shared/ui/SelectField';
import { currentStaffOptions } from '../lib/staffOptions';

/** Ties a deadline typed before the staff list to the person on it, so it follows them (and their leaving). */
export function LinkToStaffForm({
  homeId,
  qualification: q,
  onSaved,
}: {
  homeId: number;
  qualification: QualificationStatus;
  onSaved: (message: string) => void;
}) {
  const p = `qualification-${q.id}`;
  const staff = useStaff(homeId).data ?? [];
  const [staffId, setStaffId] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('qualifications.save', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (!staffId) {
      form.show({ staffId: 'Choose someone from the staff list' });
      return;
    }
    try {
      await save.mutateAsync({
        homeId,
        id: q.id,
        staffId: Number(staffId),
        level: q.level,
        startedOn: q.startedOn,
        achievedOn: q.achievedOn,
      });
      const name = staff.find((m) => String(m.id) === staffId)?.name ?? '';
      onSaved(`The Level ${q.level} deadline typed as “${q.person}” now follows ${name} on the staff list.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={handler(submit)}
      aria-label={`Staff list entry for ${q.person}`}
    >
      <FormProblem message={form.general} />
      <SelectField
        id={`${p}-staffId`}
        label="Who this is on the staff list"
        value={staffId}
        options={currentStaffOptions(staff)}
        onChange={setStaffId}
        error={form.errors.staffId}
      />
      <SubmitButton pending={save.isPending}>Save</SubmitButton>
    </form>
  );
}
