import { useEffect } from 'react';
import type { Reg45Record } from '@contract/records';
import { typedFromIso } from '@contract/rules/dates';
import { PLACING_AUTHORITY_LABELS } from '@contract/record-labels';
import { useImprovementSave } from '../api/improvementApi';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { SelectField } from '@shared/ui/SelectField';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';

type Placing = Reg45Record['placingAuthorities'];

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
  const editing = record !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-periodStart`)?.focus();
  }, [editing, p]);
  const save = useImprovementSave('reg45.save', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      periodStart: typedFromIso(record?.periodStart),
      periodEnd: typedFromIso(record?.periodEnd),
      completedOn: typedFromIso(record?.completedOn),
      sentToOfstedOn: typedFromIso(record?.sentToOfstedOn),
      placingAuthoritiesSentOn: typedFromIso(record?.placingAuthoritiesSentOn),
      placingAuthorities: record?.placingAuthorities ?? ('unknown' as Placing),
    },
    read: (v, check) => {
      const d = check.dates({
        periodStart: { text: v.periodStart, what: 'the start of the period', required: false },
        periodEnd: { text: v.periodEnd, what: 'the end of the period', required: false },
        completedOn: { text: v.completedOn, what: 'the date the review was completed' },
        sentToOfstedOn: { text: v.sentToOfstedOn, what: 'the date it was sent to Ofsted', required: false },
        placingAuthoritiesSentOn: {
          text: v.placingAuthoritiesSentOn,
          what: 'the date copies went',
          required: false,
        },
      });
      return {
        homeId,
        id: record?.id,
        ...d,
        completedOn: d.completedOn!,
        placingAuthorities: v.placingAuthorities,
      };
    },
    save: save.mutateAsync,
    // Whether copies went stays as chosen, as before; the dates are emptied.
    after: (v) => ({
      ...v,
      periodStart: '',
      periodEnd: '',
      completedOn: '',
      sentToOfstedOn: '',
      placingAuthoritiesSentOn: '',
    }),
    onSaved: () => onSaved(record ? 'Reg 45 review saved.' : 'Reg 45 review recorded.'),
  });
  const { bind } = form;
  const placing = form.values.placingAuthorities;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        {record ? 'Change this Reg 45 review' : 'Record a Reg 45 review'}
      </h2>
      <FormProblem message={form.general} />
      <DateField
        label="Period covered: from (optional)"
        hint="It can start in any month, for example 01/02/2026. Each period starts the day after the one before it ends."
        {...bind('periodStart')}
      />
      <DateField
        label="Period covered: to (optional)"
        hint="At most six months after the start, for example 31/07/2026"
        {...bind('periodEnd')}
      />
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
        onChange={(v) => form.set('placingAuthorities')(v as Placing)}
      />
      {placing === 'sent' && (
        <DateField
          label="Date copies went to placing authorities (optional)"
          {...bind('placingAuthoritiesSentOn')}
        />
      )}
      <SubmitButton pending={form.pending}>{record ? 'Save changes' : 'Save Reg 45 review'}</SubmitButton>
    </form>
  );
}
