import { describe, expect, it } from 'vitest';
import { quarterChanges, type QuarterChangesInput } from './quarter-changes';

function input(extra: Partial<QuarterChangesInput> = {}): QuarterChangesInput {
  return {
    quarter: '2026-Q4',
    asOf: '2026-12-07',
    domains: [
      { key: 'staffing', indicators: [{ key: 'staff.turnover', number: '2.1' }] },
      { key: 'safety', indicators: [{ key: 'safe.reg44', number: '8.4' }] },
      { key: 'voice', indicators: [{ key: 'voice.feedback', number: '3.5' }] },
    ],
    figures: { now: null, before: null },
    years: { now: [], before: [] },
    reg44: [],
    reg44DomainKey: 'safety',
    survey: { now: [], before: [] },
    actions: [],
    team: { now: null, before: null },
    ...extra,
  };
}

const linesOf = (changes: ReturnType<typeof quarterChanges>, key: string) =>
  changes.find((c) => c.domainKey === key)!.lines.map((l) => l.text);

describe('what changed since last quarter', () => {
  it('says plainly when nothing moved, and when no figures are entered yet', () => {
    const changes = quarterChanges(input());
    expect(changes.map((c) => c.domainKey)).toEqual(['staffing', 'safety', 'voice']);
    expect(changes[0]!.lines).toEqual([]);
    expect(changes[0]!.none).toBe(
      "Nothing in the home's records for this domain moved since Jul to Sep 2026, and no figures are entered for Oct to Dec 2026 yet.",
    );
    const withFigures = quarterChanges(input({ figures: { now: {}, before: {} } }));
    expect(withFigures[0]!.none).toBe(
      "Nothing in the home's records for this domain moved since Jul to Sep 2026.",
    );
  });

  it('names each figure that moved in its own domain, and one with nothing to compare', () => {
    const changes = quarterChanges(
      input({
        figures: {
          now: { staffYearAgo: 10, staffYearAgoStillHere: 8, restraintIncidents: 3, staffLeft: 1 },
          before: { staffYearAgo: 10, staffYearAgoStillHere: 9, staffLeft: 1 },
        },
      }),
    );
    expect(linesOf(changes, 'staffing')).toEqual(['Staff stability fell from 90% to 80%.']);
    expect(linesOf(changes, 'safety')).toEqual(['Restraint incidents: 3 (no figure for Jul to Sep 2026).']);
    expect(changes.find((c) => c.domainKey === 'staffing')!.none).toBeNull();
  });

  it('counts Reg 44 recommendations made and answered since the quarter began, and those past their timescale', () => {
    const changes = quarterChanges(
      input({
        reg44: [
          { text: 'a', visitedOn: '2026-10-10', respondBy: '2026-11-10', respondedOn: null },
          { text: 'b', visitedOn: '2026-11-12', respondBy: '2026-12-30', respondedOn: '2026-11-20' },
          { text: 'c', visitedOn: '2026-08-01', respondBy: '2026-09-01', respondedOn: '2026-10-02' },
        ],
      }),
    );
    expect(linesOf(changes, 'safety')).toEqual([
      'Reg 44: 2 new recommendations since the start of Oct to Dec 2026, 2 answered, 1 is past the timescale the independent person set.',
    ]);
    expect(linesOf(changes, 'staffing')).toEqual([]);
  });

  it('compares the young people’s survey with last quarter’s, and says when there is nothing to compare', () => {
    const moved = quarterChanges(
      input({
        survey: {
          now: [{ domainKey: 'voice', answered: 4, onGradeLine: 2.75 }],
          before: [{ domainKey: 'voice', answered: 5, onGradeLine: 3.4 }],
        },
      }),
    );
    expect(linesOf(moved, 'voice')).toEqual([
      "Young people's survey: 2.8 on the grade line (1 to 4), down from 3.4 in Jul to Sep 2026.",
    ]);
    const first = quarterChanges(
      input({ survey: { now: [{ domainKey: 'voice', answered: 4, onGradeLine: 3 }], before: [] } }),
    );
    expect(linesOf(first, 'voice')[0]).toMatch(/no figure for Jul to Sep 2026 to compare/);
    const hidden = quarterChanges(
      input({ survey: { now: [{ domainKey: 'voice', answered: 2, onGradeLine: null }], before: [] } }),
    );
    expect(linesOf(hidden, 'voice')[0]).toMatch(/2 young people answered, too few to show a figure/);
    const same = quarterChanges(
      input({
        survey: {
          now: [{ domainKey: 'voice', answered: 4, onGradeLine: 3.02 }],
          before: [{ domainKey: 'voice', answered: 4, onGradeLine: 2.98 }],
        },
      }),
    );
    expect(linesOf(same, 'voice')).toEqual([]);
  });

  it('lists actions done this quarter and those overdue now, in their domain', () => {
    const changes = quarterChanges(
      input({
        actions: [
          {
            title: 'Rota review',
            domainKey: 'staffing',
            dueOn: '2026-11-01',
            status: 'done',
            completedOn: '2026-10-20',
          },
          {
            title: 'Old one',
            domainKey: 'staffing',
            dueOn: '2026-08-01',
            status: 'done',
            completedOn: '2026-09-20',
          },
          {
            title: 'Exit interviews',
            domainKey: 'staffing',
            dueOn: '2026-11-30',
            status: 'open',
            completedOn: null,
          },
          {
            title: 'Later',
            domainKey: 'staffing',
            dueOn: '2027-01-30',
            status: 'in_progress',
            completedOn: null,
          },
          {
            title: 'Dropped',
            domainKey: 'staffing',
            dueOn: '2026-10-01',
            status: 'dropped',
            completedOn: null,
          },
        ],
      }),
    );
    expect(linesOf(changes, 'staffing')).toEqual([
      'Action plan: 1 action done this quarter: "Rota review".',
      'Action plan: 1 action is overdue: "Exit interviews" (due 30 November 2026).',
    ]);
  });

  it('names indicators whose team middle rating moved, only where both quarters had one', () => {
    const changes = quarterChanges(
      input({
        team: {
          now: { 'staff.turnover': 2, 'safe.reg44': 3 },
          before: { 'staff.turnover': 3, 'safe.reg44': 3 },
        },
      }),
    );
    expect(linesOf(changes, 'staffing')).toEqual([
      "The team's ratings for 2.1: the middle rating fell from Good to Requires improvement to be good.",
    ]);
    expect(linesOf(changes, 'safety')).toEqual([]);
    const noEarlier = quarterChanges(input({ team: { now: { 'staff.turnover': 2 }, before: null } }));
    expect(linesOf(noEarlier, 'staffing')).toEqual([]);
  });
});
