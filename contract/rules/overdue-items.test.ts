import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../actions';
import type { Inspection, Reg44Visit } from '../records';
import { overdueItems, overdueWords } from './overdue-items';

const action = (id: number, dueOn: string, status: ActionItem['status'] = 'open'): ActionItem => ({
  id,
  homeId: 1,
  title: `Action ${id}`,
  link: null,
  linkLabel: null,
  domainKey: null,
  owner: 'Sam Reid',
  dueOn,
  status,
  completedOn: null,
  evidence: '',
  dropReason: '',
  source: 'review',
  origin: null,
  overdue: false,
  events: [],
  notes: [],
  createdAt: '2026-01-01T09:00:00Z',
});

const visit: Reg44Visit = {
  id: 1,
  visitedOn: '2026-10-02',
  visitor: 'Jo Lane',
  reportReceivedOn: '2026-10-09',
  recommendations: [
    { id: 1, text: 'Answer late', respondBy: '2026-11-01', response: '', respondedOn: null, actionId: null },
    {
      id: 2,
      text: 'Answered',
      respondBy: '2026-11-01',
      response: 'Done',
      respondedOn: '2026-10-20',
      actionId: null,
    },
    { id: 3, text: 'Not yet due', respondBy: '2026-12-30', response: '', respondedOn: null, actionId: null },
  ],
};

const inspection = (items: Inspection['items']): Inspection => ({
  id: 1,
  inspectedOn: '2026-09-01',
  kind: 'full',
  judgements: { experiencesAndProgress: null, helpedAndProtected: null, leadersAndManagers: null },
  interimOutcome: null,
  reportUrl: '',
  items,
  calibration: null,
});

describe('what is overdue today, for print', () => {
  it('says how many days, in words, and nothing for a date not passed', () => {
    expect(overdueWords('2026-12-06', '2026-12-07')).toBe('overdue by 1 day');
    expect(overdueWords('2026-11-07', '2026-12-07')).toBe('overdue by 30 days');
    expect(overdueWords('2026-12-07', '2026-12-07')).toBeNull();
  });

  it('lists unanswered Reg 44 recommendations, open requirements and actions past their dates, longest overdue first', () => {
    const items = overdueItems({
      today: '2026-12-07',
      visits: [visit],
      inspections: [
        inspection([
          {
            id: 1,
            kind: 'requirement',
            regulation: 'Reg 12',
            text: 'Req open',
            complyBy: '2026-10-31',
            actionId: 7,
          },
          {
            id: 2,
            kind: 'requirement',
            regulation: 'Reg 13',
            text: 'Req done',
            complyBy: '2026-10-31',
            actionId: 8,
          },
          {
            id: 3,
            kind: 'recommendation',
            regulation: '',
            text: 'A recommendation',
            complyBy: '2026-10-01',
            actionId: null,
          },
        ]),
      ],
      actions: [
        action(7, '2026-12-20'),
        action(8, '2026-10-01', 'done'),
        action(9, '2026-11-25'),
        action(10, '2026-11-01', 'dropped'),
      ],
    });
    expect(items.map((i) => [i.kind, i.text, i.overdue])).toEqual([
      ['requirement', 'Req open', 'overdue by 37 days'],
      ['reg44', 'Answer late', 'overdue by 36 days'],
      ['action', 'Action 9', 'overdue by 12 days'],
    ]);
  });
});
