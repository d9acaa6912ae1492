import { useState, type FormEvent } from 'react';
import { TextField } from '@shared/ui/TextField';
import { TextArea } from '@shared/ui/TextArea';
import { useImprovementSave } from '../api/improvementApi';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { SelectField } from '@shared/ui/SelectField';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

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
  const [kind, setKind] = useState<'requirement' | 'recommendation'>('requirement');
  const [regulation, setRegulation] = useState('');
  const [text, setText] = useState('');
  const [complyBy, setComplyBy] = useState('');
  const form = useFormProblems(p);
  const save = useImprovementSave('ofsted.saveItem', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates(
      { complyBy: { text: complyBy, what: 'the compliance date', required: false } },
      text.trim() ? {} : { text: `Enter the ${kind}` },
    );
    if (!d) return;
    try {
      await save.mutateAsync({
        inspectionId,
        kind,
        regulation,
        text,
        complyBy: kind === 'requirement' ? (d.complyBy ?? null) : null,
      });
      form.clear();
      setRegulation('');
      setText('');
      setComplyBy('');
      onSaved();
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
        onChange={(v) => setKind(v as typeof kind)}
      />
      {kind === 'requirement' && (
        <TextField
          id={`${p}-regulation`}
          label="Regulation"
          hint="For example Regulation 12 (2)(a)(i)"
          value={regulation}
          onChange={setRegulation}
          error={form.errors.regulation}
          width="medium"
          autoComplete="off"
        />
      )}
      <TextArea
        id={`${p}-text`}
        label="What the report says"
        value={text}
        onChange={setText}
        error={form.errors.text}
        rows={3}
      />
      {kind === 'requirement' && (
        <DateField
          id={`${p}-complyBy`}
          label="Compliance date"
          value={complyBy}
          onChange={setComplyBy}
          error={form.errors.complyBy}
        />
      )}
      <SubmitButton pending={save.isPending}>Save</SubmitButton>
    </form>
  );
}
