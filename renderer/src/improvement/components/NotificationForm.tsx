import { EVENT_TYPES, NOTICE_KIND_LABELS, NOTICE_KINDS, type NoticeKind } from '@contract/notifications';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { SelectField } from '@shared/ui/SelectField';
import { TextArea } from '@shared/ui/TextArea';
import { useImprovementSave } from '../api/improvementApi';
import { DateAndTimeFields } from './DateAndTimeFields';
import { readTypedTime, TIME_HINT } from '../lib/typedTime';

const KINDS = NOTICE_KINDS.map((k) => ({ value: k, label: NOTICE_KIND_LABELS[k] }));
const typesOf = (kind: NoticeKind) => [
  { value: '', label: 'Choose what happened' },
  ...Object.entries(EVENT_TYPES[kind]).map(([value, label]) => ({ value, label })),
];

/** Adds one entry to the notifications log: which regulation, what happened, and when. */
export function NotificationForm({
  homeId,
  onSaved,
}: {
  homeId: number;
  onSaved: (message: string) => void;
}) {
  const save = useImprovementSave('notifications.save', homeId);
  const form = useSaveForm({
    idPrefix: 'notice',
    initial: { kind: 'reg40' as NoticeKind, eventType: '', what: '', eventOn: '', eventTime: '' },
    read: (v, check) => {
      const d = check.dates({ eventOn: { text: v.eventOn, what: 'the date it happened' } });
      const eventTime = readTypedTime(v.eventTime);
      check.found({
        eventType: v.eventType ? undefined : 'Choose what happened',
        what: v.what.trim() ? undefined : 'Say what happened',
        eventTime: eventTime ? undefined : `Enter the time it happened, ${TIME_HINT}`,
      });
      return {
        homeId,
        kind: v.kind,
        eventType: v.eventType,
        what: v.what,
        eventOn: d.eventOn!,
        eventTime: eventTime ?? '',
      };
    },
    save: save.mutateAsync,
    onSaved: () => onSaved('Entry added. Record below each person you told, and when.'),
  });
  const { values } = form;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="notice-heading">
      <h2 className="heading-m" id="notice-heading">
        Add an entry
      </h2>
      <FormProblem message={form.general} />
      <SelectField
        id="notice-kind"
        label="Notice under"
        value={values.kind}
        options={KINDS}
        onChange={(kind) => form.setValues((now) => ({ ...now, kind: kind as NoticeKind, eventType: '' }))}
        error={form.errors.kind}
      />
      <SelectField
        id="notice-eventType"
        label="What happened"
        value={values.eventType}
        options={typesOf(values.kind)}
        onChange={form.set('eventType')}
        error={form.errors.eventType}
      />
      <TextArea
        label="Say what happened"
        hint="Use initials, never a child’s name"
        rows={3}
        {...form.bind('what')}
      />
      <DateAndTimeFields what="it happened" date={form.bind('eventOn')} time={form.bind('eventTime')} />
      <SubmitButton pending={form.pending}>Add entry</SubmitButton>
    </form>
  );
}
