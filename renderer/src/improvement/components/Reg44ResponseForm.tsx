import { useState, type FormEvent } from 'react';
import type { Reg44Recommendation } from '@contract/records';
import { TextArea } from '@shared/ui/TextArea';
import { useImprovementSave } from '../api/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

/** Records the home's response to a Reg 44 recommendation, and when it was made. */
export function Reg44ResponseForm({
  homeId,
  visitId,
  recommendation,
  onSaved,
}: {
  homeId: number;
  visitId: number;
  recommendation: Reg44Recommendation;
  onSaved: () => void;
}) {
  const p = `reg44-response-${recommendation.id}`;
  const [response, setResponse] = useState(recommendation.response);
  const [respondedOn, setRespondedOn] = useState(typedFromIso(recommendation.respondedOn));
  const form = useFormProblems(p);
  const save = useImprovementSave('reg44.saveRecommendation', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates({ respondedOn: { text: respondedOn, what: 'the date the home responded' } });
    if (!d) return;
    try {
      await save.mutateAsync({
        visitId,
        id: recommendation.id,
        text: recommendation.text,
        respondBy: recommendation.respondBy,
        response,
        respondedOn: d.respondedOn ?? null,
      });
      onSaved();
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form inline-form" noValidate onSubmit={handler(submit)} aria-label="The home’s response">
      <FormProblem message={form.general} />
      <TextArea
        id={`${p}-response`}
        label="The home’s response"
        value={response}
        onChange={setResponse}
        error={form.errors.response}
        rows={2}
      />
      <DateField
        id={`${p}-respondedOn`}
        label="Date the home responded"
        value={respondedOn}
        onChange={setRespondedOn}
        error={form.errors.respondedOn}
      />
      <SubmitButton pending={save.isPending}>Save response</SubmitButton>
    </form>
  );
}
