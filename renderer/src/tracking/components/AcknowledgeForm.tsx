import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Alert } from '@contract/alerts';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { TextArea } from '@shared/ui/TextArea';
import { useAcknowledgeAlert } from '../api/useAcknowledgeAlert';
import { handler } from '@shared/lib/background';

interface Props {
  homeId: number;
  alert: Alert;
  onDone: (acknowledged: boolean) => void;
}

/** A note on what is being done about the alert (or why nothing is needed), then acknowledge it. */
export function AcknowledgeForm({ homeId, alert, onDone }: Props) {
  const [note, setNote] = useState('');
  const acknowledge = useAcknowledgeAlert();
  const form = useFormProblems();
  const id = `ack-${alert.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    wrapper.current?.querySelector('textarea')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (acknowledge.isPending) return;
    try {
      await acknowledge.mutateAsync({ homeId, key: alert.key, note: note.trim() });
      form.clear();
      onDone(true);
    } catch (failure) {
      // Shown beside the note: the note is the only field.
      form.failWith(failure);
    }
  }

  const error = form.errors.note ?? form.problems?.[0]?.message;
  return (
    <form className="acknowledge-form" noValidate onSubmit={handler(submit)}>
      <div ref={wrapper}>
        <TextArea
          id={id}
          label="Note (optional)"
          hint="What you are doing about it, or why no action is needed."
          value={note}
          onChange={setNote}
          error={error}
          rows={3}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={acknowledge.isPending || undefined}>
          Acknowledge alert
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
