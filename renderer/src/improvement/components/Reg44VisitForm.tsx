import { useState, type FormEvent } from 'react';
import { TextField } from '@shared/ui/TextField';
import { useImprovementSave } from '../api/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

/** Records one Reg 44 visit: when, by whom, and when the report arrived. */
export function Reg44VisitForm({ homeId, onSaved }: { homeId: number; onSaved: (message: string) => void }) {
  const p = 'reg44-visit';
  const [visited, setVisited] = useState('');
  const [visitor, setVisitor] = useState('');
  const [received, setReceived] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('reg44.saveVisit', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const dates = form.readDates({
      visitedOn: { text: visited, what: 'the date of the visit' },
      reportReceivedOn: { text: received, what: 'the date the report arrived', required: false },
    });
    if (!dates) return;
    try {
      await save.mutateAsync({
        homeId,
        visitedOn: dates.visitedOn!,
        visitor,
        reportReceivedOn: dates.reportReceivedOn ?? null,
      });
      form.clear();
      setVisited('');
      setVisitor('');
      setReceived('');
      onSaved('Visit recorded. Add its recommendations below.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="reg44-visit-heading">
      <h2 className="heading-m" id="reg44-visit-heading">
        Record a visit
      </h2>
      <FormProblem message={form.general} />
      <DateField
        id={`${p}-visitedOn`}
        label="Date of the visit"
        value={visited}
        onChange={setVisited}
        error={form.errors.visitedOn}
      />
      <TextField
        id={`${p}-visitor`}
        label="Independent person"
        value={visitor}
        onChange={setVisitor}
        error={form.errors.visitor}
        width="medium"
        autoComplete="off"
      />
      <DateField
        id={`${p}-reportReceivedOn`}
        label="Date the report arrived (optional)"
        hint="Leave empty if it has not arrived yet"
        value={received}
        onChange={setReceived}
        error={form.errors.reportReceivedOn}
      />
      <SubmitButton pending={save.isPending}>Save visit</SubmitButton>
    </form>
  );
}
