import { EVENT_TYPES, NOTICE_KIND_LABELS, RECIPIENTS, type NotificationEntry } from '@contract/notifications';
import { formatTimestamp } from '@contract/rules/dates';
import { quarterLabel } from '@contract/rules/quarters';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { ConfirmInPlace } from '@shared/ui/ConfirmInPlace';
import { useImprovementSave } from '../api/improvementApi';
import { NoticeTimingTag } from './NoticeTimingTag';
import { RecipientForm } from './RecipientForm';

const typeLabel = (e: NotificationEntry) =>
  (EVENT_TYPES[e.kind] as Record<string, string>)[e.eventType] ?? e.eventType;

/** One log entry: what happened and when, each person told with whether it was in time, and its forms. */
export function NotificationCard({
  homeId,
  entry: e,
  open,
  onOpen,
  onSaved,
}: {
  homeId: number;
  entry: NotificationEntry;
  open: 'told' | 'remove' | null;
  onOpen: (what: 'told' | 'remove' | null) => void;
  onSaved: (message: string) => void;
}) {
  const remove = useImprovementSave('notifications.remove', homeId);
  const problems = useFormProblems();
  const headingId = `notice-${e.id}`;
  const when = formatTimestamp(e.eventAt);

  async function confirmRemove() {
    if (remove.isPending) return;
    try {
      await remove.mutateAsync({ homeId, id: e.id });
      onSaved(`Removed the entry for ${when}.`);
    } catch (failure) {
      problems.failWith(failure);
    }
  }

  return (
    <article className="card record-card" aria-labelledby={headingId}>
      <h3 className="heading-s" id={headingId}>
        {typeLabel(e)}
      </h3>
      <p className="hint">
        {NOTICE_KIND_LABELS[e.kind]}. Happened {when}; counted in {quarterLabel(e.quarter)}.
      </p>
      <p className="long-text">{e.what}</p>
      <p>
        <NoticeTimingTag kind={e.kind} state={e.timing.state} /> {e.timing.text}
      </p>
      {e.recipients.length === 0 ? (
        <p>No one recorded as told yet.</p>
      ) : (
        <ul className="plain-list">
          {e.recipients.map((r) => (
            <li key={r.id} className="long-text">
              <strong>{RECIPIENTS[r.recipient]}</strong>
              {r.who ? ` (${r.who})` : ''}: told {formatTimestamp(r.notifiedAt)}.{' '}
              <NoticeTimingTag kind={e.kind} state={r.timing.state} /> {r.timing.text}
            </li>
          ))}
        </ul>
      )}
      {open === 'told' ? (
        <RecipientForm
          homeId={homeId}
          notificationId={e.id}
          onSaved={() => {
            onOpen(null);
            onSaved('Saved who was told.');
          }}
        />
      ) : open === 'remove' ? (
        <ConfirmInPlace
          id={`notice-${e.id}-remove-title`}
          level={4}
          title="Remove this entry?"
          problem={problems.general}
          pending={remove.isPending}
          yes="Yes, remove it"
          no="No, keep it"
          onYes={confirmRemove}
          onNo={() => onOpen(null)}
        >
          The entry for {when} and everyone recorded as told will be taken out of the log. This cannot be
          undone.
        </ConfirmInPlace>
      ) : (
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onOpen('told')}
          >
            Record who was told<span className="visually-hidden"> about the entry for {when}</span>
          </button>
          <button type="button" className="button-link" onClick={() => onOpen('remove')}>
            Remove<span className="visually-hidden"> the entry for {when}</span>
          </button>
        </div>
      )}
    </article>
  );
}
