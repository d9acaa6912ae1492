import type { ActionItem } from '@contract/actions';

export interface ActionFilters {
  status: string;
  owner: string;
  domain: string;
  source: string;
}

export const DEFAULT_FILTERS: ActionFilters = { status: 'current', owner: '', domain: '', source: '' };

export const STATUS_FILTERS = [
  { value: 'current', label: 'Open and in progress' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'open', label: 'Open' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
  { value: 'all', label: 'All' },
];

function statusMatches(a: ActionItem, status: string): boolean {
  if (status === 'all') return true;
  if (status === 'current') return a.status === 'open' || a.status === 'in_progress';
  if (status === 'overdue') return a.overdue;
  return a.status === status;
}

/** The actions that pass every filter, soonest due first (ties in the order they were added). */
export function filterActions(actions: ActionItem[], f: ActionFilters): ActionItem[] {
  return actions
    .filter((a) => statusMatches(a, f.status))
    .filter((a) => !f.owner || (f.owner === '-' ? a.owner.trim() === '' : a.owner === f.owner))
    .filter(
      (a) => !f.domain || (a.link?.kind === 'sccif' ? a.link.key === f.domain : a.domainKey === f.domain),
    )
    .filter((a) => !f.source || a.source === f.source)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
}

/** Every owner named on an action, for the owner filter. */
export const ownersOf = (actions: ActionItem[]): string[] =>
  [...new Set(actions.map((a) => a.owner).filter((o) => o.trim() !== ''))].sort((a, b) => a.localeCompare(b));
