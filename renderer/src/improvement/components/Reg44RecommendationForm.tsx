import { useState, type FormEvent } from 'react';
import { TextArea } from '@shared/ui/TextArea';
import { useImprovementSave } from '../api/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

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
  const p = `reg44-rec-${visitId}`;
  const [text, setText] = useState('');
  const [respondBy, setRespondBy] = useState('');
  const [response, setResponse] = useState('');
  const [respondedOn, setRespondedOn] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('reg44.saveRecommendation', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const dates = form.readDates(
      {
        respondBy: { text: respondBy, what: 'the timescale', required: false },
        respondedOn: { text: respondedOn, what: 'the date the home responded', required: false },
      },
      text.trim() ? {} : { text: 'Enter the recommendation' },
    );
    if (!dates) return;
    try {
      await save.mutateAsync({
        visitId,
        text,
        respondBy: dates.respondBy ?? null,
        response,
        respondedOn: dates.respondedOn ?? null,
      });
      form.clear();
      setText('');
      setRespondBy('');
      setResponse('');
      setRespondedOn('');
      onSaved();
      // Ready for the next recommendation from the same report.
      document.getElementById(`${p}-text`)?.focus();
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={handler(submit)}
      aria-label="Add a recommendation"
    >
      <FormProblem message={form.general} />
      <TextArea
        id={`${p}-text`}
        label="Recommendation"
        value={text}
        onChange={setText}
        error={form.errors.text}
        rows={3}
      />
      <DateField
        id={`${p}-respondBy`}
        label="Timescale the visitor set (optional)"
        hint="The date to consider it by, for example 14/09/2026"
        value={respondBy}
        onChange={setRespondBy}
        error={form.errors.respondBy}
      />
      <TextArea
        id={`${p}-response`}
        label="The home’s response (optional)"
        value={response}
        onChange={setResponse}
        error={form.errors.response}
        rows={2}
      />
      <DateField
        id={`${p}-respondedOn`}
        label="Date the home responded (optional)"
        value={respondedOn}
        onChange={setRespondedOn}
        error={form.errors.respondedOn}
      />
      <SubmitButton pending={save.isPending}>Save recommendation</SubmitButton>
    </form>
  );
}
