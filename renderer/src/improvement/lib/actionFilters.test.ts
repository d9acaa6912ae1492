import { describe, expect, it } from 'vitest';
import type { ActionItem } from '@contract/actions';
import { DEFAULT_FILTERS, filterActions, ownersOf } from './actionFilters';

const item = (id: number, extra: Partial<ActionItem>): ActionItem => ({
  id,
  homeId: 1,
  title: `Action ${id}`,
  link: null,
  linkLabel: null,
  domainKey: null,
  owner: '',
  dueOn: '2026-12-01',
  status: 'open',
  completedOn: null,
  evidence: '',
  dropReason: '',
  source: 'review',
  origin: null,
  overdue: false,
  events: [],
  notes: [],
  createdAt: '2026-11-01T00:00:00Z',
  ...extra,
});

const list = [
  item(1, { dueOn: '2026-12-20', owner: 'Sam', domainKey: 'staffing' }),
  item(2, { dueOn: '2026-11-01', overdue: true, status: 'in_progress', source: 'reg44' }),
  item(3, { status: 'done', completedOn: '2026-11-02', owner: 'Jo' }),
  item(4, { link: { kind: 'sccif', key: 'helpedAndProtected' }, source: 'ofsted_requirement' }),
];
const ids = (f: Partial<typeof DEFAULT_FILTERS>) =>
  filterActions(list, { ...DEFAULT_FILTERS, ...f }).map((a) => a.id);

describe('action filters', () => {
  it('shows open and in-progress actions by default, soonest due first', () => {
    expect(ids({})).toEqual([2, 4, 1]);
  });

  it('filters by status, owner, domain or SCCIF judgement, and source', () => {
    expect(ids({ status: 'overdue' })).toEqual([2]);
    expect(ids({ status: 'done' })).toEqual([3]);
    expect(ids({ status: 'all', owner: 'Jo' })).toEqual([3]);
    expect(ids({ owner: '-' })).toEqual([2, 4]);
    expect(ids({ domain: 'staffing' })).toEqual([1]);
    expect(ids({ domain: 'helpedAndProtected' })).toEqual([4]);
    expect(ids({ source: 'reg44' })).toEqual([2]);
  });

  it('lists each named owner once', () => {
    expect(ownersOf(list)).toEqual(['Jo', 'Sam']);
  });
});
