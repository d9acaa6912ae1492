import { useState, type FormEvent } from 'react';
import type { TeamMeeting } from '@contract/team-meeting';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { typedFromIso } from '@contract/rules/dates';
import { handler } from '@shared/lib/background';
import { TextArea } from '@shared/ui/TextArea';
import { useMeetingSave } from '../api';

/** The meeting's record: when it was held, who came, and its notes (never anyone's own ratings). */
export function MeetingRecordForm({ meeting }: { meeting: TeamMeeting }) {
  const [text, setText] = useState({
    heldOn: typedFromIso(meeting.heldOn),
    attendees: meeting.attendees,
    notes: meeting.notes,
  });
  const [message, setMessage] = useState('');
  const form = useFormProblems('meeting');
  const save = useMeetingSave('meeting.record', meeting.reviewId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates({ heldOn: { text: text.heldOn, what: 'the date of the meeting' } });
    if (!d) return;
    try {
      await save.mutateAsync({
        reviewId: meeting.reviewId,
        heldOn: d.heldOn!,
        attendees: text.attendees,
        notes: text.notes,
      });
      form.clear();
      setMessage('Meeting record saved.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form section"
      noValidate
      onSubmit={handler(submit)}
      aria-labelledby="meeting-record-title"
    >
      <h2 className="heading-l" id="meeting-record-title">
        Record of the meeting
      </h2>
      <FormProblem message={form.general} />
      <DateField
        id="meeting-heldOn"
        label="Date of the meeting"
        value={text.heldOn}
        onChange={(heldOn) => setText({ ...text, heldOn })}
        error={form.errors.heldOn}
      />
      <TextArea
        id="meeting-attendees"
        label="Who attended"
        value={text.attendees}
        onChange={(attendees) => setText({ ...text, attendees })}
        error={form.errors.attendees}
        rows={2}
      />
      <TextArea
        id="meeting-notes"
        label="Notes"
        hint="The team view and any minority view, in a line each. Never who rated what."
        value={text.notes}
        onChange={(notes) => setText({ ...text, notes })}
        error={form.errors.notes}
        rows={5}
      />
      <SubmitButton pending={save.isPending}>Save meeting record</SubmitButton>
      <p className="status-message" role="status">
        {message}
      </p>
    </form>
  );
}
