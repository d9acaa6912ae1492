import type { QualificationStatus } from '@contract/duties';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useImprovementSave } from '../api/improvementApi';
import { useStaff } from '../api/staff';
import { useSaveForm } from '@shared/forms/useSaveForm';
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
  const save = useImprovementSave('qualifications.save', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: { staffId: '' },
    read: ({ staffId }, check) => {
      check.found({ staffId: staffId ? undefined : 'Choose someone from the staff list' });
      const { level, startedOn, achievedOn } = q;
      return { homeId, id: q.id, staffId: Number(staffId), level, startedOn, achievedOn };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved: (_r, input) => {
      const name = staff.find((m) => m.id === input.staffId)?.name ?? '';
      onSaved(`The Level ${q.level} deadline typed as “${q.person}” now follows ${name} on the staff list.`);
    },
  });

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={`Staff list entry for ${q.person}`}
    >
      <FormProblem message={form.general} />
      <SelectField
        id={`${p}-staffId`}
        label="Who this is on the staff list"
        value={form.values.staffId}
        options={currentStaffOptions(staff)}
        onChange={form.set('staffId')}
        error={form.errors.staffId}
      />
      <SubmitButton pending={form.pending}>Save</SubmitButton>
    </form>
  );
}
