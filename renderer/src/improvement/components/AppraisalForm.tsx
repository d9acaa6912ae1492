import { useQueryClient } from '@tanstack/react-query';
import type { AppraisalStatus } from '@contract/duties';
import { useImprovementSave } from '../api/improvementApi';
import { staffKeys } from '../api/staff';
import { OneDateForm } from './OneDateForm';

/** Records the date of a member of staff's latest appraisal; the next is due a year later. */
export function AppraisalForm({
  homeId,
  appraisal: a,
  onSaved,
}: {
  homeId: number;
  appraisal: AppraisalStatus;
  onSaved: (message: string) => void;
}) {
  const save = useImprovementSave('appraisals.record', homeId);
  const queryClient = useQueryClient();
  return (
    <OneDateForm
      idPrefix={`appraisal-${a.staffId}`}
      field="appraisedOn"
      label="Date of their latest appraisal"
      what="the date of their latest appraisal"
      initialIso={a.lastAppraisalOn}
      formLabel={`Appraisal of ${a.name}`}
      pending={save.isPending}
      save={async (appraisedOn) => {
        await save.mutateAsync({ homeId, staffId: a.staffId, appraisedOn });
        await queryClient.invalidateQueries({ queryKey: staffKeys.list(homeId) });
        return `Saved: ${a.name}’s appraisal.`;
      }}
      onSaved={onSaved}
    />
  );
}
