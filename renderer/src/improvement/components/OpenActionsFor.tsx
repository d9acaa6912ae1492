import { Link } from 'wouter';
import type { ActionLink } from '@contract/actions';
import { STATUS_LABELS } from '@contract/actions';
import { formatIsoDate } from '@contract/rules/dates';
import { useImprovementList } from '../api/improvementApi';

/** Open and in-progress actions for one indicator or domain, shown beside it in the next review. */
export function OpenActionsFor({
  homeId,
  link,
  label,
}: {
  homeId: number;
  link: NonNullable<ActionLink>;
  /** What the actions are for, naming the landmark: "indicator 1.1". */
  label: string;
}) {
  const actions = useImprovementList('actions.list', homeId).data ?? [];
  const open = actions.filter(
    (a) =>
      a.link?.kind === link.kind &&
      a.link.key === link.key &&
      (a.status === 'open' || a.status === 'in_progress'),
  );
  if (open.length === 0) return null;
  return (
    <aside className="open-actions" aria-label={`Open actions for ${label}`}>
      <p className="heading-xs">{open.length === 1 ? 'Open action' : `${open.length} open actions`}</p>
      <ul className="plain-list">
        {open.map((a) => (
          <li key={a.id} className="long-text">
            {a.title}{' '}
            <span className="hint">
              ({STATUS_LABELS[a.status].toLowerCase()}, due {formatIsoDate(a.dueOn)}
              {a.overdue ? ', overdue' : ''}
              {a.owner ? `, ${a.owner}` : ''})
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/actions">Go to actions</Link>
      </p>
    </aside>
  );
}
