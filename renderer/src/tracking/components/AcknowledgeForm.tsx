import { useEffect, useRef } from 'react';
import type { Alert } from '@contract/alerts';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextArea } from '@shared/ui/TextArea';
import { useAcknowledgeAlert } from '../api/useAcknowledgeAlert';

interface Props {
  homeId: number;
  alert: Alert;
  onDone: (acknowledged: boolean) => void;
}

/** A note on what is being done about the alert (or why nothing is needed), then acknowledge it. */
export function AcknowledgeForm({ homeId, alert, onDone }: Props) {
  const acknowledge = useAcknowledgeAlert();
  const form = useSaveForm({
    initial: { note: '' },
    read: ({ note }) => ({ homeId, key: alert.key, note: note.trim() }),
    save: acknowledge.mutateAsync,
    after: 'keep',
    onSaved: () => onDone(true),
  });
  const id = `ack-${alert.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    wrapper.current?.querySelector('textarea')?.focus();
  }, []);

  // Shown beside the note: the note is the only field.
  const error = form.errors.note ?? form.problems?.[0]?.message;
  return (
    <form className="acknowledge-form" noValidate onSubmit={form.onSubmit}>
      <div ref={wrapper}>
        <TextArea
          id={id}
          label="Note (optional)"
          hint="What you are doing about it, or why no action is needed."
          value={form.values.note}
          onChange={form.set('note')}
          error={error}
          rows={3}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          Acknowledge alert
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
