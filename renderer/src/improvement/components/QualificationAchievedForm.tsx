import { useState, type FormEvent } from 'react';
import type { QualificationStatus } from '@contract/duties';
import { useImprovementSave } from '@shared/actions/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { typedFromIso } from '@contract/dates';
import { DateField, FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

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
  const p = `qualification-${q.id}`;
  const [achieved, setAchieved] = useState(typedFromIso(q.achievedOn));
  const form = useFormProblems(p);
  const save = useImprovementSave('qualifications.save', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates({ achievedOn: { text: achieved, what: 'the date it was achieved' } });
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        id: q.id,
        person: q.person,
        level: q.level,
        startedOn: q.startedOn,
        achievedOn: d.achievedOn ?? null,
      });
      onSaved(`Saved: ${q.person} achieved Level ${q.level}.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={handler(submit)}
      aria-label={`Level ${q.level} achieved by ${q.person}`}
    >
      <FormProblem message={form.general} />
      <DateField
        id={`${p}-achievedOn`}
        label="Date it was achieved"
        value={achieved}
        onChange={setAchieved}
        error={form.errors.achievedOn}
      />
      <SubmitButton pending={save.isPending}>Save</SubmitButton>
    </form>
  );
}
