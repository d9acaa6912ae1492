import { TextField } from '@shared/ui/TextField';
import { TextArea } from '@shared/ui/TextArea';
import { useImprovementSave } from '../api/improvementApi';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { SelectField } from '@shared/ui/SelectField';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';

/** Adds a requirement (regulation, text, compliance date) or a recommendation to an inspection. */
export function InspectionItemForm({
  homeId,
  inspectionId,
  onSaved,
}: {
  homeId: number;
  inspectionId: number;
  onSaved: () => void;
}) {
  const p = `item-${inspectionId}`;
  const save = useImprovementSave('ofsted.saveItem', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      kind: 'requirement' as 'requirement' | 'recommendation',
      regulation: '',
      text: '',
      complyBy: '',
    },
    read: (v, check) => {
      check.found({ text: v.text.trim() ? undefined : `Enter the ${v.kind}` });
      const d = check.dates({ complyBy: { text: v.complyBy, what: 'the compliance date', required: false } });
      const { kind, regulation, text } = v;
      return { inspectionId, kind, regulation, text, complyBy: kind === 'requirement' ? d.complyBy : null };
    },
    save: save.mutateAsync,
    // The kind stays: a report's requirements come together, then its recommendations.
    after: (v) => ({ ...v, regulation: '', text: '', complyBy: '' }),
    onSaved,
    focusAfter: 'text',
  });
  const { kind } = form.values;

  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={form.onSubmit}
      aria-label="Add a requirement or recommendation"
    >
      <FormProblem message={form.general} />
      <SelectField
        id={`${p}-kind`}
        label="Requirement or recommendation"
        value={kind}
        options={[
          { value: 'requirement', label: 'Requirement' },
          { value: 'recommendation', label: 'Recommendation' },
        ]}
        onChange={(v) => form.set('kind')(v as typeof kind)}
      />
      {kind === 'requirement' && (
        <TextField
          label="Regulation"
          hint="For example Regulation 12 (2)(a)(i)"
          width="medium"
          autoComplete="off"
          {...form.bind('regulation')}
        />
      )}
      <TextArea label="What the report says" rows={3} {...form.bind('text')} />
      {kind === 'requirement' && <DateField label="Compliance date" {...form.bind('complyBy')} />}
      <SubmitButton pending={form.pending}>Save</SubmitButton>
    </form>
  );
}
