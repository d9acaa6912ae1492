import { useState } from 'react';
import { SOURCE_LABELS, STATUS_LABELS, type ActionItem } from '@contract/actions';
import type { Framework } from '@contract/framework';
import { formatIsoDate, formatTimestamp } from '@contract/rules/dates';
import { ActionForm } from './ActionForm';
import { ActionNoteForm } from './ActionNoteForm';
import { ActionStatusForm } from './ActionStatusForm';

type Panel = 'status' | 'note' | 'edit' | null;

/** One action: what, who, when, its status history and progress notes, and the ways to move it on. */
export function ActionCard({
  action,
  framework,
  onMessage,
}: {
  action: ActionItem;
  framework: Framework | undefined;
  /** Reports a change on the page (the card may leave the filtered list). */
  onMessage: (text: string) => void;
}) {
  const [panel, setPanel] = useState<Panel>(null);
  const done = (text: string) => {
    setPanel(null);
    onMessage(`${text} (${action.title.slice(0, 60)}${action.title.length > 60 ? '…' : ''})`);
  };
  const toggle = (next: Panel) => setPanel(panel === next ? null : next);
  const headingId = `action-${action.id}-title`;
  return (
    <article className="card action-card" aria-labelledby={headingId}>
      <h3 className="heading-s long-text action-card__title" id={headingId}>
        {action.title}
      </h3>
      <p className="action-card__tags">
        <span className={`tag tag--status-${action.status}`}>{STATUS_LABELS[action.status]}</span>
        {action.overdue && <span className="tag tag--overdue">Overdue</span>}
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Due</dt>
          <dd>{formatIsoDate(action.dueOn)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Owner</dt>
          <dd className="long-text">{action.owner || 'Not set'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>For</dt>
          <dd className="long-text">{action.linkLabel ?? 'Not linked'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>From</dt>
          <dd>{SOURCE_LABELS[action.source]}</dd>
        </div>
        {action.status === 'done' && (
          <div className="summary-list__row">
            <dt>Done</dt>
            <dd className="long-text">
              {formatIsoDate(action.completedOn!)}: {action.evidence}
            </dd>
          </div>
        )}
        {action.status === 'dropped' && (
          <div className="summary-list__row">
            <dt>Dropped because</dt>
            <dd className="long-text">{action.dropReason}</dd>
          </div>
        )}
      </dl>
      {action.notes.length > 0 && (
        <>
          <h4 className="heading-xs">Progress notes</h4>
          <ul className="plain-list">
            {action.notes.map((n, i) => (
              <li key={i} className="long-text">
                <strong>{formatIsoDate(n.notedOn)}</strong>
                {n.byName && ` (${n.byName})`}: {n.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="action-card__history">
        <summary>Status history</summary>
        <ul className="plain-list">
          {action.events.map((e, i) => (
            <li key={i} className="long-text">
              {STATUS_LABELS[e.status]} on {formatTimestamp(e.at)}
              {e.byName ? ` by ${e.byName}` : ''}
              {e.note && e.status !== 'open' ? `: ${e.note}` : ''}
            </li>
          ))}
        </ul>
      </details>
      <div className="button-group action-card__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={panel === 'status'}
          onClick={() => toggle('status')}
        >
          Change status
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={panel === 'note'}
          onClick={() => toggle('note')}
        >
          Add a progress note
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={panel === 'edit'}
          onClick={() => toggle('edit')}
        >
          Edit
        </button>
      </div>
      {panel === 'status' && <ActionStatusForm action={action} onDone={done} />}
      {panel === 'note' && <ActionNoteForm action={action} onDone={done} />}
      {panel === 'edit' && (
        <ActionForm
          homeId={action.homeId}
          framework={framework}
          action={action}
          onDone={done}
          onCancel={() => setPanel(null)}
        />
      )}
    </article>
  );
}
