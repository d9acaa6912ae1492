import { useId } from 'react';
import { SOURCE_LABELS, STATUS_LABELS, type ActionItem } from '@contract/actions';
import { formatIsoDate, formatTimestampDate } from '@contract/rules/dates';
import { ScrollRegion } from '@tracking';
import { useToday } from '@improvement/api';
import { overdueWords } from '@contract/rules/overdue-items';

interface Props {
  actions: ActionItem[];
  caption: string;
  /** With each action's status history and progress notes (the action plan), or without (summaries). */
  history?: boolean;
}

function StatusCell({ action, today }: { action: ActionItem; today: string | undefined }) {
  const late =
    action.overdue && action.status !== 'done' && action.status !== 'dropped'
      ? (today && overdueWords(action.dueOn, today)) || 'overdue'
      : null;
  return (
    <>
      <strong>{STATUS_LABELS[action.status]}</strong>
      {late && `, ${late}`}
      {action.status === 'done' && action.completedOn && (
        <span className="report-text">
          {' '}
          on {formatIsoDate(action.completedOn)}: {action.evidence}
        </span>
      )}
      {action.status === 'dropped' && <span className="report-text">: {action.dropReason}</span>}
    </>
  );
}

function History({ action }: { action: ActionItem }) {
  return (
    <ul className="report-history">
      {action.events.map((event, i) => (
        <li key={`e${i}`} className="report-text">
          {STATUS_LABELS[event.status]} on {formatTimestampDate(event.at)}
          {event.byName && ` by ${event.byName}`}
          {event.note && `: ${event.note}`}
        </li>
      ))}
      {action.notes.map((note, i) => (
        <li key={`n${i}`} className="report-text">
          Note on {formatIsoDate(note.notedOn)}
          {note.byName && ` by ${note.byName}`}: {note.text}
        </li>
      ))}
    </ul>
  );
}

/** Actions with their owner, due date, where they came from and their status (and, if asked, history). */
export function ActionsTable({ actions, caption, history = false }: Props) {
  const captionId = useId();
  const today = useToday().data;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="report-table actions-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">From</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <td>
                <span className="report-text">{action.title}</span>
                {action.linkLabel && (
                  <span className="report-text report-small">For: {action.linkLabel}</span>
                )}
                {history && <History action={action} />}
              </td>
              <td className="report-text">{action.owner || 'Not set'}</td>
              <td>{formatIsoDate(action.dueOn)}</td>
              <td>{SOURCE_LABELS[action.source]}</td>
              <td>
                <StatusCell action={action} today={today} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
