import { TextField } from '@shared/ui/TextField';
import { useImprovementSave } from '../api/improvementApi';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';

/** Records one Reg 44 visit: when, by whom, and when the report arrived. */
export function Reg44VisitForm({ homeId, onSaved }: { homeId: number; onSaved: (message: string) => void }) {
  const save = useImprovementSave('reg44.saveVisit', homeId);
  const form = useSaveForm({
    idPrefix: 'reg44-visit',
    initial: { visitedOn: '', visitor: '', reportReceivedOn: '' },
    read: (v, check) => {
      const d = check.dates({
        visitedOn: { text: v.visitedOn, what: 'the date of the visit' },
        reportReceivedOn: { text: v.reportReceivedOn, what: 'the date the report arrived', required: false },
      });
      return { homeId, visitedOn: d.visitedOn!, visitor: v.visitor, reportReceivedOn: d.reportReceivedOn };
    },
    save: save.mutateAsync,
    onSaved: () => onSaved('Visit recorded. Add its recommendations below.'),
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="reg44-visit-heading">
      <h2 className="heading-m" id="reg44-visit-heading">
        Record a visit
      </h2>
      <FormProblem message={form.general} />
      <DateField label="Date of the visit" {...form.bind('visitedOn')} />
      <TextField label="Independent person" width="medium" autoComplete="off" {...form.bind('visitor')} />
      <DateField
        label="Date the report arrived (optional)"
        hint="Leave empty if it has not arrived yet"
        {...form.bind('reportReceivedOn')}
      />
      <SubmitButton pending={form.pending}>Save visit</SubmitButton>
    </form>
  );
}
