import type { QualificationStatus } from '@contract/duties';
import { useImprovementSave } from '../api/improvementApi';
import { OneDateForm } from './OneDateForm';

/** Records the date a named person achieved their qualification, which clears the deadline. */
export function QualificationAchievedForm({
  homeId,
  qualification: q,
  onSaved,
}: {
  homeId: number;
  qualification: QualificationStatus;
  onSaved: (message: string) => void;
}) {
  const save = useImprovementSave('qualifications.save', homeId);
  return (
    <OneDateForm
      idPrefix={`qualification-${q.id}`}
      field="achievedOn"
      label="Date it was achieved"
      what="the date it was achieved"
      initialIso={q.achievedOn}
      formLabel={`Level ${q.level} achieved by ${q.person}`}
      pending={save.isPending}
      save={async (achievedOn) => {
        await save.mutateAsync({
          homeId,
          id: q.id,
          staffId: q.staffId,
          level: q.level,
          startedOn: q.startedOn,
          achievedOn,
        });
        return `Saved: ${q.person} achieved Level ${q.level}.`;
      }}
      onSaved={onSaved}
    />
  );
}
