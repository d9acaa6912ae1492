import { useEffect, useState, type FormEvent } from 'react';
import type { Reg45Record } from '@contract/records';
import { typedFromIso } from '@contract/rules/dates';
import { PLACING_AUTHORITY_LABELS } from '@contract/record-labels';
import { useImprovementSave } from '../api/improvementApi';
import { useFieldTexts } from '@shared/hooks/useFieldTexts';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { SelectField } from '@shared/ui/SelectField';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

/** Records a Reg 45 review: the period, completion, the copy to Ofsted and copies to placing authorities. */
export function Reg45RecordForm({
  homeId,
  record,
  onSaved,
}: {
  homeId: number;
  /** The record to change; a new one when absent. */
  record?: Reg45Record;
  onSaved: (message: string) => void;
}) {
  const p = record ? `reg45-${record.id}` : 'reg45';
  const form = useFormProblems(p);
  const { text, setText, bind } = useFieldTexts(
    p,
    {
      periodStart: typedFromIso(record?.periodStart),
      periodEnd: typedFromIso(record?.periodEnd),
      completedOn: typedFromIso(record?.completedOn),
      sentToOfstedOn: typedFromIso(record?.sentToOfstedOn),
      placingAuthoritiesSentOn: typedFromIso(record?.placingAuthoritiesSentOn),
    },
    form.errors,
  );
  const [placing, setPlacing] = useState<'unknown' | 'sent' | 'not_sent'>(
    record?.placingAuthorities ?? 'unknown',
  );
  const editing = record !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-periodStart`)?.focus();
  }, [editing, p]);
  const save = useImprovementSave('reg45.save', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates({
      periodStart: { text: text.periodStart, what: 'the start of the period', required: false },
      periodEnd: { text: text.periodEnd, what: 'the end of the period', required: false },
      completedOn: { text: text.completedOn, what: 'the date the review was completed' },
      sentToOfstedOn: { text: text.sentToOfstedOn, what: 'the date it was sent to Ofsted', required: false },
      placingAuthoritiesSentOn: {
        text: text.placingAuthoritiesSentOn,
        what: 'the date copies went',
        required: false,
      },
    });
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        id: record?.id,
        periodStart: d.periodStart ?? null,
        periodEnd: d.periodEnd ?? null,
        completedOn: d.completedOn!,
        sentToOfstedOn: d.sentToOfstedOn ?? null,
        placingAuthorities: placing,
        placingAuthoritiesSentOn: d.placingAuthoritiesSentOn ?? null,
      });
      form.clear();
      setText({
        periodStart: '',
        periodEnd: '',
        completedOn: '',
        sentToOfstedOn: '',
        placingAuthoritiesSentOn: '',
      });
      onSaved(record ? 'Reg 45 review saved.' : 'Reg 45 review recorded.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        {record ? 'Change this Reg 45 review' : 'Record a Reg 45 review'}
      </h2>
      <FormProblem message={form.general} />
      <DateField
        label="Period covered: from (optional)"
        hint="For example 01/04/2026"
        {...bind('periodStart')}
      />
      <DateField label="Period covered: to (optional)" {...bind('periodEnd')} />
      <DateField label="Date the review was completed" {...bind('completedOn')} />
      <DateField
        label="Date the report was sent to Ofsted (optional)"
        hint="It must reach Ofsted within 28 days of the date the review was completed"
        {...bind('sentToOfstedOn')}
      />
      <SelectField
        id={`${p}-placingAuthorities`}
        label="Copies to placing authorities"
        hint="A copy must be available to each placing authority on request; the Guide recommends sending one. Only the report to Ofsted has a deadline."
        value={placing}
        options={[
          { value: 'unknown', label: PLACING_AUTHORITY_LABELS.unknown },
          { value: 'sent', label: PLACING_AUTHORITY_LABELS.sent },
          { value: 'not_sent', label: PLACING_AUTHORITY_LABELS.not_sent },
        ]}
        onChange={(v) => setPlacing(v as typeof placing)}
      />
      {placing === 'sent' && (
        <DateField
          label="Date copies went to placing authorities (optional)"
          {...bind('placingAuthoritiesSentOn')}
        />
      )}
      <SubmitButton pending={save.isPending}>{record ? 'Save changes' : 'Save Reg 45 review'}</SubmitButton>
    </form>
  );
}
