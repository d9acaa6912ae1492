import type { Alert, AlertKind } from '@contract/alerts';
import type { QuarterPosition } from '@contract/dashboard';
import { formatIsoDate } from '@contract/rules/dates';

/** Alerts about a date already passed. */
const OVERDUE: AlertKind[] = [
  'review-overdue',
  'reg45-late',
  'reg45-ofsted-late',
  'actions-overdue',
  'reg44-missing',
  'duty-late',
  'requirement-overdue',
];
/** Alerts about a date in the next 30 days. */
const DUE: AlertKind[] = ['reg45-due', 'reg45-ofsted-due', 'duty-due'];

export interface DueItem {
  key: string;
  text: string;
  /** A hash route to the record. */
  link: string;
}

/**
 * What is overdue, and what falls due in the next 30 days, from the open alerts (an acknowledged alert
 * has been seen) and the actions due soon. Judgement alerts (a decline, below Good) are not dates, so
 * they stay in the alerts list below.
 */
export function dueLists(
  alerts: Alert[],
  actions: QuarterPosition['actionsDueSoon'],
): { overdue: DueItem[]; dueSoon: DueItem[] } {
  const open = alerts.filter((a) => !a.acknowledged);
  const item = (a: Alert): DueItem => ({ key: a.key, text: a.title, link: a.link });
  return {
    overdue: open.filter((a) => OVERDUE.includes(a.kind)).map(item),
    dueSoon: [
      ...open.filter((a) => DUE.includes(a.kind)).map(item),
      ...actions.map((a) => ({
        key: `action:${a.id}`,
        text: `Action due ${formatIsoDate(a.dueOn)}: ${a.title.length > 90 ? `${a.title.slice(0, 87).trimEnd()}…` : a.title}`,
        link: '#/actions',
      })),
    ],
  };
}
