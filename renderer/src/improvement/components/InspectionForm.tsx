import { useState, type FormEvent } from 'react';
import { SCCIF_KEYS, SCCIF_LABELS, type SccifKey } from '@contract/actions';
import type { Grade } from '@contract/framework';
import { ratingLabel } from '@contract/rules/judgements';
import { INTERIM_OUTCOMES, type InspectionKind } from '@contract/records';
import { INTERIM_OUTCOME_LABELS } from '@contract/record-labels';
import { TextField } from '@shared/ui/TextField';
import { useImprovementSave } from '../api/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { SelectField } from '@shared/ui/SelectField';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

const KINDS = [
  { value: 'full', label: 'Full inspection' },
  { value: 'interim', label: 'Interim inspection' },
  { value: 'monitoring', label: 'Monitoring visit' },
  { value: 'other', label: 'Other' },
];
const GRADES = [
  { value: '', label: 'Not recorded' },
  ...([4, 3, 2, 1] as Grade[]).map((g) => ({ value: String(g), label: ratingLabel(g) })),
];

/** Records an Ofsted inspection: date, type, the judgements and the published report's address. */
export function InspectionForm({ homeId, onSaved }: { homeId: number; onSaved: (message: string) => void }) {
  const p = 'inspection';
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<InspectionKind>('full');
  const [grades, setGrades] = useState<Record<SccifKey, string>>({
    experiencesAndProgress: '',
    helpedAndProtected: '',
    leadersAndManagers: '',
  });
  const [outcome, setOutcome] = useState('');
  const [url, setUrl] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('ofsted.saveInspection', homeId);
  const grade = (k: SccifKey) => (grades[k] ? (Number(grades[k]) as Grade) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates({ inspectedOn: { text: date, what: 'the date of the inspection' } });
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        inspectedOn: d.inspectedOn!,
        kind,
        experiencesAndProgress: grade('experiencesAndProgress'),
        helpedAndProtected: grade('helpedAndProtected'),
        leadersAndManagers: grade('leadersAndManagers'),
        interimOutcome: kind === 'interim' && outcome ? (outcome as (typeof INTERIM_OUTCOMES)[number]) : null,
        reportUrl: url.trim(),
      });
      form.clear();
      setDate('');
      setUrl('');
      onSaved('Inspection recorded. Add its requirements and recommendations below.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="inspection-form-heading">
      <h2 className="heading-m" id="inspection-form-heading">
        Record an inspection
      </h2>
      <FormProblem message={form.general} />
      <DateField
        id={`${p}-inspectedOn`}
        label="Date of the inspection"
        hint="The first day, for example 14/09/2026"
        value={date}
        onChange={setDate}
        error={form.errors.inspectedOn}
      />
      <SelectField
        id={`${p}-kind`}
        label="Type"
        value={kind}
        options={KINDS}
        onChange={(v) => setKind(v as InspectionKind)}
      />
      {kind === 'full' &&
        SCCIF_KEYS.map((k) => (
          <SelectField
            key={k}
            id={`${p}-${k}`}
            label={SCCIF_LABELS[k]}
            value={grades[k]}
            options={GRADES}
            onChange={(v) => setGrades({ ...grades, [k]: v })}
          />
        ))}
      {kind === 'interim' && (
        <SelectField
          id={`${p}-interimOutcome`}
          label="Effectiveness since the last full inspection"
          value={outcome}
          options={[
            { value: '', label: 'Not recorded' },
            ...INTERIM_OUTCOMES.map((o) => ({ value: o, label: INTERIM_OUTCOME_LABELS[o] })),
          ]}
          onChange={setOutcome}
        />
      )}
      <TextField
        id={`${p}-reportUrl`}
        label="Web address of the published report (optional)"
        hint="Starting https://"
        value={url}
        onChange={setUrl}
        error={form.errors.reportUrl}
        autoComplete="off"
      />
      <SubmitButton pending={save.isPending}>Save inspection</SubmitButton>
    </form>
  );
}
