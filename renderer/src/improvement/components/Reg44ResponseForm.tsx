import type { Reg44Recommendation } from '@contract/records';
import { TextArea } from '@shared/ui/TextArea';
import { useImprovementSave } from '../api/improvementApi';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';

/** Records the home's response to a Reg 44 recommendation, and when it was made. */
export function Reg44ResponseForm({
  homeId,
  visitId,
  recommendation: r,
  onSaved,
}: {
  homeId: number;
  visitId: number;
  recommendation: Reg44Recommendation;
  onSaved: () => void;
}) {
  const save = useImprovementSave('reg44.saveRecommendation', homeId);
  const form = useSaveForm({
    idPrefix: `reg44-response-${r.id}`,
    initial: { response: r.response, respondedOn: typedFromIso(r.respondedOn) },
    read: (v, check) => {
      const d = check.dates({ respondedOn: { text: v.respondedOn, what: 'the date the home responded' } });
      const { id, text, respondBy } = r;
      return { visitId, id, text, respondBy, response: v.response, respondedOn: d.respondedOn };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved,
  });

  return (
    <form className="form inline-form" noValidate onSubmit={form.onSubmit} aria-label="The home’s response">
      <FormProblem message={form.general} />
      <TextArea label="The home’s response" rows={2} {...form.bind('response')} />
      <DateField label="Date the home responded" {...form.bind('respondedOn')} />
      <SubmitButton pending={form.pending}>Save response</SubmitButton>
    </form>
  );
}
