import { SCCIF_LABELS, type ActionItem } from '@contract/actions';
import { dateOfTimestamp, quarterOfIso } from '@contract/rules/dates';
import { addQuarters, quarterDates } from '@contract/rules/quarters';
import type { Framework } from '@contract/framework';

export type ActionGroupKey = 'overdue' | 'current' | 'done' | 'dropped';

export const ACTION_GROUP_TITLES: Record<ActionGroupKey, string> = {
  overdue: 'Overdue',
  current: 'Open and in progress',
  done: 'Done',
  dropped: 'Dropped',
};

export interface DomainGroup {
  key: string;
  title: string;
  actions: ActionItem[];
}

/** Which group of the printed action plan an action belongs to: overdue ones come first. */
export function actionGroupOf(action: ActionItem): ActionGroupKey {
  if (action.status === 'done' || action.status === 'dropped') return action.status;
  return action.overdue ? 'overdue' : 'current';
}

/** When an action was closed (done, or dropped): the completion date, else the date of its last change. */
export function closedOn(action: ActionItem): string | null {
  if (action.status === 'done') return action.completedOn;
  if (action.status === 'dropped') {
    const last = action.events.at(-1);
    return last ? dateOfTimestamp(last.at) : null;
  }
  return null;
}

/** The heading an action is filed under: its framework domain, its SCCIF judgement, or none. */
function domainOf(
  action: ActionItem,
  framework: Framework | undefined,
): { key: string; title: string; order: number } {
  if (action.link?.kind === 'sccif') {
    return { key: action.link.key, title: SCCIF_LABELS[action.link.key], order: 0 };
  }
  const domain = framework?.domains.find((d) => d.key === action.domainKey);
  if (domain) return { key: domain.key, title: `${domain.number}. ${domain.title}`, order: domain.number };
  return { key: 'none', title: 'Not linked to a domain', order: 1_000 };
}

/**
 * Actions by domain (SCCIF judgements first, then domains in framework order, then unlinked ones),
 * each domain's soonest due first; ties keep the order they were added.
 */
export function byDomain(actions: ActionItem[], framework: Framework | undefined): DomainGroup[] {
  const groups = new Map<string, DomainGroup & { order: number }>();
  for (const action of actions) {
    const domain = domainOf(action, framework);
    const group = groups.get(domain.key) ?? { ...domain, actions: [] };
    group.actions.push(action);
    groups.set(domain.key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
    .map(({ key, title, actions: list }) => ({
      key,
      title,
      actions: [...list].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id),
    }));
}

/** Every action plan group that has actions, in print order, each split by domain. */
export function actionPlanGroups(actions: ActionItem[], framework: Framework | undefined) {
  return (Object.keys(ACTION_GROUP_TITLES) as ActionGroupKey[])
    .map((key) => ({
      key,
      title: ACTION_GROUP_TITLES[key],
      count: actions.filter((a) => actionGroupOf(a) === key).length,
      domains: byDomain(
        actions.filter((a) => actionGroupOf(a) === key),
        framework,
      ),
    }))
    .filter((group) => group.count > 0);
}

/** Whether an ISO date falls within [start, end], both inclusive. */
export const within = (date: string | null, start: string, end: string): boolean =>
  date !== null && date >= start && date <= end;

/**
 * The actions added in a review's team meeting: made in meeting mode, which ties each to the meeting's
 * review. An action added the same day anywhere else (the Actions page, another review) is not one.
 */
export function meetingActions(actions: ActionItem[], reviewId: number): ActionItem[] {
  return actions.filter(
    (a) => a.source === 'team_meeting' && a.origin?.kind === 'review' && a.origin.id === reviewId,
  );
}

/**
 * The last day whose records (Reg 44 visits, inspections, views, actions) a report of periods ending with
 * `quarter` holds. Printed in the quarter after (while the Reg 45 report is written and inspectors may
 * call), to the day it is printed: a draft printed in December holds November's visit. Printed later, the
 * period's own end: those later records belong to the next report. Reviews keep their quarter; records
 * are dated as they happened.
 */
export function recordsUntil(quarter: string, today: string): string {
  const end = quarterDates(quarter).end;
  return today > end && quarterOfIso(today) === addQuarters(quarter, 1) ? today : end;
}
