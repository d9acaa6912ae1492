import { TextArea } from '@shared/ui/TextArea';
import { useImprovementSave } from '../api/improvementApi';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';

/** Adds one recommendation from a Reg 44 report, with the visitor's timescale and the home's response. */
export function Reg44RecommendationForm({
  homeId,
  visitId,
  onSaved,
}: {
  homeId: number;
  visitId: number;
  onSaved: () => void;
}) {
  const save = useImprovementSave('reg44.saveRecommendation', homeId);
  const form = useSaveForm({
    idPrefix: `reg44-rec-${visitId}`,
    initial: { text: '', respondBy: '', response: '', respondedOn: '' },
    read: (v, check) => {
      check.found({ text: v.text.trim() ? undefined : 'Enter the recommendation' });
      const d = check.dates({
        respondBy: { text: v.respondBy, what: 'the timescale', required: false },
        respondedOn: { text: v.respondedOn, what: 'the date the home responded', required: false },
      });
      return {
        visitId,
        text: v.text,
        respondBy: d.respondBy,
        response: v.response,
        respondedOn: d.respondedOn,
      };
    },
    save: save.mutateAsync,
    onSaved,
    // Ready for the next recommendation from the same report.
    focusAfter: 'text',
  });

  return (
    <form className="form inline-form" noValidate onSubmit={form.onSubmit} aria-label="Add a recommendation">
      <FormProblem message={form.general} />
      <TextArea label="Recommendation" rows={3} {...form.bind('text')} />
      <DateField
        label="Timescale the visitor set (optional)"
        hint="The date to consider it by, for example 14/09/2026"
        {...form.bind('respondBy')}
      />
      <TextArea label="The home’s response (optional)" rows={2} {...form.bind('response')} />
      <DateField label="Date the home responded (optional)" {...form.bind('respondedOn')} />
      <SubmitButton pending={form.pending}>Save recommendation</SubmitButton>
    </form>
  );
}
