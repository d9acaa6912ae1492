import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../actions';
import { csvText, parseCsv } from './csv';
import { METRIC_FIELDS, type MetricFieldKey } from '../metric-fields';
import { actionsCsv, figuresCsv } from './report-exports';

const action = (over: Partial<ActionItem>): ActionItem => ({
  id: 1,
  homeId: 1,
  title: 'Test the missing-from-care protocol',
  link: { kind: 'indicator', key: 'safety.missing' },
  linkLabel: '8.4 Missing from care',
  domainKey: 'safety',
  owner: 'Sam Reid',
  dueOn: '2026-12-16',
  status: 'open',
  completedOn: null,
  evidence: '',
  dropReason: '',
  source: 'team_meeting',
  origin: null,
  overdue: false,
  events: [],
  notes: [],
  createdAt: '2026-10-05T09:00:00.000Z',
  ...over,
});

describe('the actions CSV', () => {
  it('has one header row and one row per action, with words for status and source and ISO dates', () => {
    const text = actionsCsv([
      action({}),
      action({
        id: 2,
        title: '=HYPERLINK("x") <b>not bold</b> 🙂',
        linkLabel: null,
        status: 'done',
        completedOn: '2026-11-02',
        evidence: 'Drill held, minutes on file',
        source: 'reg44',
        overdue: false,
      }),
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, first, second, ...rest] = parseCsv(text);
    expect(rest).toEqual([]);
    const col = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    expect(col(first, 'Linked to')).toBe('8.4 Missing from care');
    expect(col(first, 'Status')).toBe('Open');
    expect(col(first, 'Source')).toBe('Team meeting');
    expect(col(first, 'Due on')).toBe('2026-12-16');
    expect(col(first, 'Completed on')).toBe('');
    expect(csvText(col(second, 'Action')!)).toBe('=HYPERLINK("x") <b>not bold</b> 🙂');
    expect(col(second, 'Status')).toBe('Done');
    expect(col(second, 'Completed on')).toBe('2026-11-02');
    expect(col(second, 'Source')).toBe('Reg 44 recommendation');
  });

  it("dates an action by the home's day it was added: 00:30 BST is already the next day", () => {
    const [header, row] = parseCsv(actionsCsv([action({ createdAt: '2026-07-01T23:30:00.000Z' })]));
    expect(row![header!.indexOf('Added on')]).toBe('2026-07-02');
  });
});

describe('the actions CSV’s columns', () => {
  it('are named and ordered the same even with no actions, and say plainly whether one is overdue', () => {
    expect(parseCsv(actionsCsv([]))).toEqual([
      [
        'Action',
        'Linked to',
        'Owner',
        'Due on',
        'Status',
        'Overdue',
        'Completed on',
        'Evidence of completion',
        'Reason dropped',
        'Source',
        'Added on',
      ],
    ]);
    const [, late, onTime] = parseCsv(actionsCsv([action({ overdue: true }), action({ id: 2 })]));
    expect(late![5]).toBe('Yes');
    expect(onTime![5]).toBe('No');
  });
});

describe('the figures CSV', () => {
  it('has a column per figure by its label, the figure where entered and blank where not', () => {
    const [header, q3, q4, ...rest] = parseCsv(
      figuresCsv([
        { quarter: '2026-Q3', values: { staffAtStart: 12, fteVacant: 1.5, complaints: 0 } },
        { quarter: '2026-Q4', values: { staffAtStart: null } },
      ]),
    );
    expect(rest).toEqual([]);
    expect(header![0]).toBe('Quarter');
    expect(header).toHaveLength(1 + METRIC_FIELDS.length);
    const col = (row: string[] | undefined, label: string) => row![header!.indexOf(label)];
    expect(q3![0]).toBe('2026-Q3');
    expect(col(q3, 'Permanent care staff at the start of the quarter')).toBe('12');
    expect(col(q3, labelOf('fteVacant'))).toBe('1.5');
    expect(col(q3, labelOf('complaints'))).toBe('0');
    expect(col(q3, labelOf('staffLeft'))).toBe('');
    expect(q4).toEqual(['2026-Q4', ...METRIC_FIELDS.map(() => '')]);
  });
});

const labelOf = (key: MetricFieldKey) => METRIC_FIELDS.find((f) => f.key === key)!.label;
