import { describe, expect, it } from 'vitest';
import type { ActionItem } from '@contract/actions';
import type { Framework } from '@contract/framework';
import { actionGroupOf, actionPlanGroups, closedOn, meetingActions, within } from './actionGroups';

const framework = {
  domains: [
    { key: 'leadership', number: 1, title: 'Leadership' },
    { key: 'staffing', number: 2, title: 'Staffing' },
  ],
} as unknown as Framework;

let next = 1;
function action(over: Partial<ActionItem>): ActionItem {
  return {
    id: next++,
    homeId: 1,
    title: 'Do it',
    link: null,
    linkLabel: null,
    domainKey: null,
    owner: 'Sam',
    dueOn: '2026-10-01',
    status: 'open',
    completedOn: null,
    evidence: '',
    dropReason: '',
    source: 'review',
    origin: null,
    overdue: false,
    events: [{ status: 'open', byName: 'Sam', note: '', at: '2026-09-01T10:00:00Z' }],
    notes: [],
    createdAt: '2026-09-01T10:00:00Z',
    ...over,
  };
}

describe('the printed action plan', () => {
  it('files overdue actions first, then current, done and dropped, leaving out empty groups', () => {
    const actions = [
      action({ status: 'done', completedOn: '2026-09-10' }),
      action({ status: 'in_progress' }),
      action({ status: 'open', overdue: true }),
    ];
    expect(actionPlanGroups(actions, framework).map((g) => [g.key, g.count])).toEqual([
      ['overdue', 1],
      ['current', 1],
      ['done', 1],
    ]);
    expect(actionGroupOf(action({ status: 'dropped', overdue: true }))).toBe('dropped');
  });

  it('splits a group by SCCIF judgement, then domain in framework order, then unlinked, soonest due first', () => {
    const actions = [
      action({ title: 'none' }),
      action({ title: 'staffing late', domainKey: 'staffing', dueOn: '2026-12-01' }),
      action({ title: 'staffing soon', domainKey: 'staffing', dueOn: '2026-11-01' }),
      action({ title: 'leadership', domainKey: 'leadership' }),
      action({ title: 'sccif', link: { kind: 'sccif', key: 'helpedAndProtected' } }),
    ];
    const [current] = actionPlanGroups(actions, framework);
    expect(current!.domains.map((d) => d.title)).toEqual([
      'How well children and young people are helped and protected',
      '1. Leadership',
      '2. Staffing',
      'Not linked to a domain',
    ]);
    expect(current!.domains[2]!.actions.map((a) => a.title)).toEqual(['staffing soon', 'staffing late']);
  });

  it('knows when an action was closed, and whether a date is in a period', () => {
    expect(closedOn(action({ status: 'done', completedOn: '2026-09-10' }))).toBe('2026-09-10');
    const dropped = action({
      status: 'dropped',
      events: [
        { status: 'open', byName: 'Sam', note: '', at: '2026-09-01T10:00:00Z' },
        { status: 'dropped', byName: 'Sam', note: 'No longer needed', at: '2026-09-20T10:00:00Z' },
      ],
    });
    expect(closedOn(dropped)).toBe('2026-09-20');
    // Dropped at 00:30 BST on 1 October: the home's date, not UTC's 30 September.
    const justAfterMidnight = action({
      status: 'dropped',
      events: [{ status: 'dropped', byName: 'Sam', note: 'Merged', at: '2026-09-30T23:30:00.000Z' }],
    });
    expect(closedOn(justAfterMidnight)).toBe('2026-10-01');
    expect(closedOn(action({}))).toBeNull();
    expect(within('2026-07-01', '2026-07-01', '2026-09-30')).toBe(true);
    expect(within('2026-10-01', '2026-07-01', '2026-09-30')).toBe(false);
    expect(within(null, '2026-07-01', '2026-09-30')).toBe(false);
  });
});

describe('the minutes of a team meeting', () => {
  it('list the actions made in that meeting, not others made the same day', () => {
    const sameDay = '2026-10-14T15:00:00Z';
    const inMeeting = action({
      title: 'in the meeting',
      source: 'team_meeting',
      origin: { kind: 'review', id: 7 },
    });
    const actions = [
      inMeeting,
      // Chosen "Team meeting" on the Actions page the same afternoon: not made in the meeting.
      action({ title: 'Actions page', source: 'team_meeting', origin: null, createdAt: sameDay }),
      action({
        title: 'review summary',
        source: 'review',
        origin: { kind: 'review', id: 7 },
        createdAt: sameDay,
      }),
      action({ title: 'another meeting', source: 'team_meeting', origin: { kind: 'review', id: 8 } }),
    ];
    expect(meetingActions(actions, 7).map((a) => a.title)).toEqual(['in the meeting']);
    expect(meetingActions(actions, 9)).toEqual([]);
  });
});
