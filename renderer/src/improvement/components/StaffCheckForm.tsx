import { STAFF_CHECK_WORDS, type StaffCheckKind, type StaffCheckStatus } from '@contract/staff-checks';
import { typedFromIso } from '@contract/rules/dates';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { DateField } from '@shared/ui/DateField';
import { useImprovementSave } from '../api/improvementApi';

/** Records a member of staff's last supervision or DBS update-service check, and when the next is due. */
export function StaffCheckForm({
  homeId,
  check,
  kind,
  onSaved,
}: {
  homeId: number;
  check: StaffCheckStatus;
  kind: StaffCheckKind;
  onSaved: (message: string) => void;
}) {
  const words = STAFF_CHECK_WORDS[kind];
  const save = useImprovementSave('staffChecks.record', homeId);
  const form = useSaveForm({
    idPrefix: staffCheckFieldPrefix(kind, check.staffId),
    initial: {
      doneOn: typedFromIso(check[kind].lastOn),
      nextDueOn: typedFromIso(check[kind].dueOn),
    },
    read: (v, c) => {
      const d = c.dates({
        doneOn: { text: v.doneOn, what: words.last },
        nextDueOn: { text: v.nextDueOn, what: 'the date the next one is due' },
      });
      return { homeId, staffId: check.staffId, kind, doneOn: d.doneOn ?? '', nextDueOn: d.nextDueOn ?? '' };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved: () => onSaved(`Saved: ${check.name}’s ${words.alert}.`),
  });
  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={`${words.title} for ${check.name}`}
    >
      <FormProblem message={form.general} />
      <DateField
        label={kind === 'supervision' ? 'Date of their last supervision' : 'Date last checked'}
        {...form.bind('doneOn')}
      />
      <DateField
        label={kind === 'supervision' ? 'Next supervision due' : 'Next check due'}
        hint="For example 14/09/2026. Your own policy sets how often"
        {...form.bind('nextDueOn')}
      />
      <SubmitButton pending={form.pending}>Save</SubmitButton>
    </form>
  );
}

export const staffCheckFieldPrefix = (kind: StaffCheckKind, staffId: number) => `${kind}-${staffId}`;
