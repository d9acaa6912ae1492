import { RECIPIENTS, type Recipient } from '@contract/notifications';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { SelectField } from '@shared/ui/SelectField';
import { TextField } from '@shared/ui/TextField';
import { useImprovementSave } from '../api/improvementApi';
import { DateAndTimeFields } from './DateAndTimeFields';
import { readTypedTime, TIME_HINT } from '../lib/typedTime';

const OPTIONS = Object.entries(RECIPIENTS).map(([value, label]) => ({ value, label }));

/** Records one person told about a log entry, and when. */
export function RecipientForm({
  homeId,
  notificationId,
  onSaved,
}: {
  homeId: number;
  notificationId: number;
  onSaved: () => void;
}) {
  const save = useImprovementSave('notifications.saveRecipient', homeId);
  const p = `recipient-${notificationId}`;
  const form = useSaveForm({
    idPrefix: p,
    initial: { recipient: 'ofsted' as Recipient, who: '', notifiedOn: '', notifiedTime: '' },
    read: (v, check) => {
      const d = check.dates({ notifiedOn: { text: v.notifiedOn, what: 'the date they were told' } });
      const notifiedTime = readTypedTime(v.notifiedTime);
      check.found({ notifiedTime: notifiedTime ? undefined : `Enter the time they were told, ${TIME_HINT}` });
      return {
        notificationId,
        recipient: v.recipient,
        who: v.who,
        notifiedOn: d.notifiedOn!,
        notifiedTime: notifiedTime ?? '',
      };
    },
    save: save.mutateAsync,
    onSaved,
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby={`${p}-heading`}>
      <h4 className="heading-s" id={`${p}-heading`}>
        Record who was told
      </h4>
      <FormProblem message={form.general} />
      <SelectField
        id={`${p}-recipient`}
        label="Who was told"
        value={form.values.recipient}
        options={OPTIONS}
        onChange={(r) => form.set('recipient')(r as Recipient)}
        error={form.errors.recipient}
      />
      <TextField
        label="Name or team (optional)"
        hint="For example the duty social worker, or the police reference"
        width="medium"
        autoComplete="off"
        {...form.bind('who')}
      />
      <DateAndTimeFields
        what="they were told"
        date={form.bind('notifiedOn')}
        time={form.bind('notifiedTime')}
      />
      <SubmitButton pending={form.pending}>Save</SubmitButton>
    </form>
  );
}
