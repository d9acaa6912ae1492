import type { ActionItem } from '../actions';
import type { Inspection, Reg44Visit } from '../records';
import { daysBetween } from './dates';

/** "overdue by 12 days" for a date before today; null for a date not yet passed. */
export function overdueWords(due: string, today: string): string | null {
  if (due >= today) return null;
  const days = daysBetween(due, today);
  return `overdue by ${days} day${days === 1 ? '' : 's'}`;
}

export interface OverdueItem {
  kind: 'reg44' | 'requirement' | 'action';
  text: string;
  due: string;
  /** "overdue by 12 days". */
  overdue: string;
}

const open = (action: ActionItem | undefined) =>
  action === undefined || (action.status !== 'done' && action.status !== 'dropped');

/**
 * What is past its date today, for the top of the inspection pack and the Reg 45 report, longest overdue
 * first: Reg 44 recommendations not answered by their respond-by date, Ofsted requirements past their
 * compliance date whose action is not done, and actions past their due date that are not done or dropped.
 */
export function overdueItems(input: {
  today: string;
  visits: Reg44Visit[];
  inspections: Inspection[];
  actions: ActionItem[];
}): OverdueItem[] {
  const { today } = input;
  const byId = new Map(input.actions.map((a) => [a.id, a]));
  const items: Omit<OverdueItem, 'overdue'>[] = [
    ...input.visits.flatMap((v) =>
      v.recommendations
        .filter((r) => r.respondedOn === null && r.respondBy !== null && r.respondBy < today)
        .map((r) => ({ kind: 'reg44' as const, text: r.text, due: r.respondBy! })),
    ),
    ...input.inspections.flatMap((i) =>
      i.items
        .filter(
          (item) =>
            item.kind === 'requirement' &&
            item.complyBy !== null &&
            item.complyBy < today &&
            open(item.actionId === null ? undefined : byId.get(item.actionId)),
        )
        .map((item) => ({ kind: 'requirement' as const, text: item.text, due: item.complyBy! })),
    ),
    ...input.actions
      .filter((a) => open(a) && a.dueOn < today)
      .map((a) => ({ kind: 'action' as const, text: a.title, due: a.dueOn })),
  ];
  return items
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((item) => ({ ...item, overdue: overdueWords(item.due, today)! }));
}
