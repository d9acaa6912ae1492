import { SCCIF_KEYS, SCCIF_LABELS, type SccifKey } from '@contract/actions';
import type { Grade } from '@contract/framework';
import { ratingLabel } from '@contract/rules/judgements';
import { INTERIM_OUTCOMES, type InspectionKind } from '@contract/records';
import { INTERIM_OUTCOME_LABELS } from '@contract/record-labels';
import { TextField } from '@shared/ui/TextField';
import { useImprovementSave } from '../api/improvementApi';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { SelectField } from '@shared/ui/SelectField';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';

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
  const save = useImprovementSave('ofsted.saveInspection', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      inspectedOn: '',
      kind: 'full' as InspectionKind,
      experiencesAndProgress: '',
      helpedAndProtected: '',
      leadersAndManagers: '',
      interimOutcome: '',
      reportUrl: '',
    },
    read: (v, check) => {
      const d = check.dates({ inspectedOn: { text: v.inspectedOn, what: 'the date of the inspection' } });
      const grade = (k: SccifKey) => (v[k] ? (Number(v[k]) as Grade) : null);
      return {
        homeId,
        inspectedOn: d.inspectedOn!,
        kind: v.kind,
        experiencesAndProgress: grade('experiencesAndProgress'),
        helpedAndProtected: grade('helpedAndProtected'),
        leadersAndManagers: grade('leadersAndManagers'),
        interimOutcome:
          v.kind === 'interim' && v.interimOutcome
            ? (v.interimOutcome as (typeof INTERIM_OUTCOMES)[number])
            : null,
        reportUrl: v.reportUrl.trim(),
      };
    },
    save: save.mutateAsync,
    // The type and the judgements stay, as before: the next inspection is often of the same kind.
    after: (v) => ({ ...v, inspectedOn: '', reportUrl: '' }),
    onSaved: () => onSaved('Inspection recorded. Add its requirements and recommendations below.'),
  });
  const { kind } = form.values;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="inspection-form-heading">
      <h2 className="heading-m" id="inspection-form-heading">
        Record an inspection
      </h2>
      <FormProblem message={form.general} />
      <DateField
        label="Date of the inspection"
        hint="The first day, for example 14/09/2026"
        {...form.bind('inspectedOn')}
      />
      <SelectField
        id={`${p}-kind`}
        label="Type"
        value={kind}
        options={KINDS}
        onChange={(v) => form.set('kind')(v as InspectionKind)}
      />
      {kind === 'full' &&
        SCCIF_KEYS.map((k) => (
          <SelectField
            key={k}
            id={`${p}-${k}`}
            label={SCCIF_LABELS[k]}
            value={form.values[k]}
            options={GRADES}
            onChange={form.set(k)}
          />
        ))}
      {kind === 'interim' && (
        <SelectField
          id={`${p}-interimOutcome`}
          label="Effectiveness since the last full inspection"
          value={form.values.interimOutcome}
          options={[
            { value: '', label: 'Not recorded' },
            ...INTERIM_OUTCOMES.map((o) => ({ value: o, label: INTERIM_OUTCOME_LABELS[o] })),
          ]}
          onChange={form.set('interimOutcome')}
        />
      )}
      <TextField
        label="Web address of the published report (optional)"
        hint="Starting https://"
        autoComplete="off"
        {...form.bind('reportUrl')}
      />
      <SubmitButton pending={form.pending}>Save inspection</SubmitButton>
    </form>
  );
}
