import { formatIsoDate } from '@contract/rules/dates';
import type { QualificationStatus } from '@contract/duties';
import { useImprovementSave } from '../api/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { ConfirmInPlace } from '@shared/ui/ConfirmInPlace';

/** Asks, in place, before a deadline recorded by mistake comes off the calendar; says exactly which one. */
export function QualificationRemove({
  homeId,
  qualification: q,
  onRemoved,
  onCancel,
}: {
  homeId: number;
  qualification: QualificationStatus;
  onRemoved: (message: string) => void;
  onCancel: () => void;
}) {
  const remove = useImprovementSave('qualifications.remove', homeId);
  const form = useFormProblems();
  const name = `${q.person}’s Level ${q.level} deadline`;

  async function confirm() {
    if (remove.isPending) return;
    try {
      await remove.mutateAsync({ homeId, id: q.id });
      onRemoved(`Removed ${name}.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <ConfirmInPlace
      id={`qualification-${q.id}-remove-title`}
      level={3}
      title="Remove this deadline?"
      problem={form.general}
      pending={remove.isPending}
      yes="Yes, remove it"
      no="No, keep it"
      onYes={confirm}
      onNo={onCancel}
    >
      {name} (started in the role {formatIsoDate(q.startedOn)}, deadline {formatIsoDate(q.deadline)}
      {q.achievedOn ? `, achieved ${formatIsoDate(q.achievedOn)}` : ''}) will be taken off the calendar and
      the dashboard. This cannot be undone.
    </ConfirmInPlace>
  );
}
