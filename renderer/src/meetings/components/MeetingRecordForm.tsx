import type { TeamMeeting } from '@contract/team-meeting';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { typedFromIso } from '@contract/rules/dates';
import { TextArea } from '@shared/ui/TextArea';
import { useMeetingSave } from '../api';

/** The meeting's record: when it was held, who came, and its notes (never anyone's own ratings). */
export function MeetingRecordForm({ meeting }: { meeting: TeamMeeting }) {
  const save = useMeetingSave('meeting.record', meeting.reviewId);
  const form = useSaveForm({
    idPrefix: 'meeting',
    initial: { heldOn: typedFromIso(meeting.heldOn), attendees: meeting.attendees, notes: meeting.notes },
    read: ({ heldOn, attendees, notes }, check) => {
      const d = check.dates({ heldOn: { text: heldOn, what: 'the date of the meeting' } });
      return { reviewId: meeting.reviewId, heldOn: d.heldOn!, attendees, notes };
    },
    save: save.mutateAsync,
    after: 'keep',
    savedMessage: () => 'Meeting record saved.',
  });

  return (
    <form className="form section" noValidate onSubmit={form.onSubmit} aria-labelledby="meeting-record-title">
      <h2 className="heading-l" id="meeting-record-title">
        Record of the meeting
      </h2>
      <FormProblem message={form.general} />
      <DateField label="Date of the meeting" {...form.bind('heldOn')} />
      <TextArea label="Who attended" rows={2} {...form.bind('attendees')} />
      <TextArea
        label="Notes"
        hint="The team view and any minority view, in a line each. Never who rated what."
        rows={5}
        {...form.bind('notes')}
      />
      <SubmitButton pending={form.pending}>Save meeting record</SubmitButton>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
