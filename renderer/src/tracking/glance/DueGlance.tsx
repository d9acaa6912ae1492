import { Link } from 'wouter';
import type { DashboardData } from '@contract/dashboard';
import { routeOf } from '../lib/alertLists';
import { dueLists, type DueItem } from '../lib/dueLists';

/** The first screen shows this many dates in all, overdue first; the rest are further down the page. */
const SHOWN = 5;
const SHOWN_OVERDUE = 3;

function DueList({
  id,
  title,
  items,
  shown,
  none,
}: {
  id: string;
  title: string;
  items: DueItem[];
  shown: number;
  none: string;
}) {
  return (
    <>
      <h3 className="heading-s" id={id}>
        {title}
        {items.length > 0 && ` (${items.length})`}
      </h3>
      {items.length === 0 ? (
        <p className="glance-card__none">{none}</p>
      ) : (
        <ul className="glance-list" aria-labelledby={id}>
          {items.slice(0, shown).map((item) => (
            <li key={item.key}>
              <Link href={routeOf(item.link)}>{item.text}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What is overdue, and what is due in the next 30 days: dates the home must not miss. */
export function DueGlance({ data }: { data: DashboardData }) {
  const { overdue, dueSoon } = dueLists(data.alerts, data.position.actionsDueSoon);
  const overdueShown = Math.min(overdue.length, SHOWN_OVERDUE);
  const dueShown = SHOWN - overdueShown;
  const hidden = [...overdue.slice(overdueShown), ...dueSoon.slice(dueShown)];
  const hiddenActions = hidden.some((item) => item.key.startsWith('action:'));
  return (
    <section className="card glance-card" aria-labelledby="due-title">
      <h2 className="heading-m" id="due-title">
        Overdue and due soon
      </h2>
      <DueList
        id="due-overdue"
        title="Overdue"
        items={overdue}
        shown={overdueShown}
        none="Nothing is overdue."
      />
      <DueList
        id="due-soon"
        title="Due in the next 30 days"
        items={dueSoon}
        shown={dueShown}
        none="Nothing falls due in the next 30 days."
      />
      {hidden.length > 0 && (
        <p className="glance-card__none glance-card__more">
          {hidden.length} more in Alerts below
          {hiddenActions && (
            <>
              {' '}
              and the <Link href="/actions">action plan</Link>
            </>
          )}
          .
        </p>
      )}
    </section>
  );
}
