import { describe, expect, it } from 'vitest';
import {
  quarterChanges,
  type ActionRecord,
  type HallmarkSurvey,
  type QuarterChangesInput,
} from './quarter-changes';

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

const action = (over: Partial<ActionRecord> & Pick<ActionRecord, 'title'>): ActionRecord => ({
  domainKey: 'staffing',
  dueOn: '2027-01-31',
  status: 'open',
  completedOn: null,
  ...over,
});

describe('what changed since last quarter: figures', () => {
  const year = (leavers: number[]) =>
    leavers.map((staffLeft) => ({ staffLeft, staffAtStart: 10, staffAtEnd: 10 }));

  it('says a figure rose, in its own unit, and leaves out one that did not move', () => {
    const changes = quarterChanges(
      input({
        domains: [{ key: 'leadership', indicators: [] }],
        figures: {
          now: { managerMonthsInPost: 6, daysWithoutManager: 0 },
          before: { managerMonthsInPost: 3, daysWithoutManager: 0 },
        },
      }),
    );
    expect(linesOf(changes, 'leadership')).toEqual([
      "Manager's time in post rose from 3 months to 6 months.",
    ]);
  });

  it('names a 12-month figure by its own label, without saying "12 months" twice', () => {
    const changes = quarterChanges(
      input({
        figures: { now: {}, before: {} },
        years: { now: year([1, 1, 1, 1]), before: year([1, 1, 0, 0]) },
      }),
    );
    expect(linesOf(changes, 'staffing')).toEqual(['Staff turnover, rolling 12 months rose from 20% to 40%.']);
  });

  it('says nothing of a figure entered last quarter but not yet this quarter', () => {
    const changes = quarterChanges(input({ figures: { now: {}, before: { restraintIncidents: 2 } } }));
    expect(linesOf(changes, 'safety')).toEqual([]);
  });
});

describe('what changed since last quarter: Reg 44', () => {
  const rec = (visitedOn: string, respondBy: string | null, respondedOn: string | null) => ({
    text: 'Recommendation',
    visitedOn,
    respondBy,
    respondedOn,
  });
  const reg44Line = (...reg44: ReturnType<typeof rec>[]) =>
    linesOf(quarterChanges(input({ reg44 })), 'safety');

  it('counts a visit on the first day of the quarter and one today, but not one the day before the quarter', () => {
    expect(
      reg44Line(
        rec('2026-10-01', '2027-01-31', null),
        rec('2026-12-07', '2027-01-31', null),
        rec('2026-09-30', '2027-01-31', null),
      ),
    ).toEqual(['Reg 44: 2 new recommendations since the start of Oct to Dec 2026, 0 answered.']);
    expect(reg44Line(rec('2026-11-02', '2027-01-31', null))).toEqual([
      'Reg 44: 1 new recommendation since the start of Oct to Dec 2026, 0 answered.',
    ]);
  });

  it('counts answers given from the first day of the quarter to today, not answers given before it', () => {
    expect(
      reg44Line(
        rec('2026-08-01', '2026-12-31', '2026-10-01'),
        rec('2026-08-01', '2026-12-31', '2026-12-07'),
        rec('2026-08-01', '2026-12-31', '2026-09-30'),
      ),
    ).toEqual(['Reg 44: 0 new recommendations since the start of Oct to Dec 2026, 2 answered.']);
  });

  it('says nothing when every recommendation was made and answered in earlier quarters', () => {
    expect(reg44Line(rec('2026-07-01', '2026-08-01', '2026-07-20'))).toEqual([]);
  });

  it('still reports recommendations from an earlier quarter that are past their timescale and unanswered', () => {
    expect(reg44Line(rec('2026-08-01', '2026-09-01', null), rec('2026-08-01', '2026-09-01', null))).toEqual([
      'Reg 44: 0 new recommendations since the start of Oct to Dec 2026, 0 answered, 2 are past the timescale the independent person set.',
    ]);
    expect(
      reg44Line(rec('2026-08-01', '2026-09-01', null), rec('2026-08-01', '2026-09-01', '2026-10-05')),
    ).toEqual([
      'Reg 44: 0 new recommendations since the start of Oct to Dec 2026, 1 answered, 1 is past the timescale the independent person set.',
    ]);
  });

  it('does not count as answered a response dated after today', () => {
    expect(reg44Line(rec('2026-11-01', '2027-01-31', '2026-12-08'))).toEqual([
      'Reg 44: 1 new recommendation since the start of Oct to Dec 2026, 0 answered.',
    ]);
  });

  it('is not past its timescale on the day it is due, nor once answered however late', () => {
    expect(
      reg44Line(rec('2026-11-01', '2026-12-07', null), rec('2026-10-02', '2026-10-10', '2026-11-30')),
    ).toEqual(['Reg 44: 2 new recommendations since the start of Oct to Dec 2026, 1 answered.']);
  });
});

describe('what changed since last quarter: young people’s survey', () => {
  const survey = (now: HallmarkSurvey[], before: HallmarkSurvey[] = []) =>
    quarterChanges(input({ survey: { now, before } }));

  it('says when the answers moved up', () => {
    const changes = survey(
      [{ domainKey: 'voice', answered: 5, onGradeLine: 3.25 }],
      [{ domainKey: 'voice', answered: 5, onGradeLine: 2.5 }],
    );
    expect(linesOf(changes, 'voice')).toEqual([
      "Young people's survey: 3.3 on the grade line (1 to 4), up from 2.5 in Jul to Sep 2026.",
    ]);
  });

  it('reads each domain’s own answers, not another domain’s', () => {
    const changes = survey(
      [
        { domainKey: 'safety', answered: 5, onGradeLine: 2 },
        { domainKey: 'voice', answered: 5, onGradeLine: 3 },
      ],
      [
        { domainKey: 'safety', answered: 5, onGradeLine: 3.5 },
        { domainKey: 'voice', answered: 5, onGradeLine: 3 },
      ],
    );
    expect(linesOf(changes, 'voice')).toEqual([]);
    expect(linesOf(changes, 'staffing')).toEqual([]);
    expect(linesOf(changes, 'safety')).toEqual([
      "Young people's survey: 2.0 on the grade line (1 to 4), down from 3.5 in Jul to Sep 2026.",
    ]);
  });

  it('says nothing of a domain no young person answered about, and words one who did in the singular', () => {
    expect(linesOf(survey([{ domainKey: 'voice', answered: 0, onGradeLine: null }]), 'voice')).toEqual([]);
    expect(linesOf(survey([{ domainKey: 'voice', answered: 1, onGradeLine: null }]), 'voice')).toEqual([
      "Young people's survey, Oct to Dec 2026: 1 young person answered, too few to show a figure.",
    ]);
  });
});

describe('what changed since last quarter: the action plan', () => {
  const actionLines = (...actions: ActionRecord[]) => quarterChanges(input({ actions }));

  it('lists several done and several overdue, each list in one line', () => {
    const changes = actionLines(
      action({ title: 'Rota review', status: 'done', completedOn: '2026-10-01' }),
      action({ title: 'Exit interviews', status: 'done', completedOn: '2026-12-07' }),
      action({ title: 'Supervision plan', dueOn: '2026-11-30' }),
      action({ title: 'Training matrix', dueOn: '2026-12-06', status: 'in_progress' }),
      action({ title: 'Due today', dueOn: '2026-12-07' }),
    );
    expect(linesOf(changes, 'staffing')).toEqual([
      'Action plan: 2 actions done this quarter: "Rota review"; "Exit interviews".',
      'Action plan: 2 actions are overdue: "Supervision plan" (due 30 November 2026); "Training matrix" (due 6 December 2026).',
    ]);
  });

  it('puts each action under its own domain only, and one with no domain under none', () => {
    const changes = actionLines(
      action({ title: 'Safety walk', domainKey: 'safety', status: 'done', completedOn: '2026-11-01' }),
      action({ title: 'General tidy', domainKey: null, status: 'done', completedOn: '2026-11-01' }),
    );
    expect(linesOf(changes, 'safety')).toEqual(['Action plan: 1 action done this quarter: "Safety walk".']);
    expect(linesOf(changes, 'staffing')).toEqual([]);
    expect(linesOf(changes, 'voice')).toEqual([]);
  });

  it('cuts a long title to fit the line with an ellipsis, and keeps one of 80 characters whole', () => {
    const eighty = 'Review the rota so that every shift has a driver and a first aider on it: weekly';
    expect(eighty).toHaveLength(80);
    const long = `${'Agree with the placing authority how contact will work '.padEnd(76, 'x')} and more words`;
    const changes = actionLines(
      action({ title: eighty, status: 'done', completedOn: '2026-11-01' }),
      action({ title: long, dueOn: '2026-11-01' }),
    );
    const [done, overdue] = linesOf(changes, 'staffing');
    expect(done).toBe(`Action plan: 1 action done this quarter: "${eighty}".`);
    expect(overdue).toBe(`Action plan: 1 action is overdue: "${long.slice(0, 76)}…" (due 1 November 2026).`);
  });
});

describe('what changed since last quarter: the team’s ratings', () => {
  it('says when the middle rating rose, with a link to the team’s ratings', () => {
    const [staffing] = quarterChanges(
      input({ team: { now: { 'staff.turnover': 4 }, before: { 'staff.turnover': 3 } } }),
    );
    expect(staffing!.lines).toEqual([
      {
        text: "The team's ratings for 2.1: the middle rating rose from Good to Outstanding.",
        link: '#/team',
        linkText: 'Team ratings',
      },
    ]);
  });

  it('compares nothing for an indicator too few staff rated in either quarter', () => {
    const hiddenBefore = quarterChanges(
      input({ team: { now: { 'staff.turnover': 4 }, before: { 'staff.turnover': null } } }),
    );
    expect(linesOf(hiddenBefore, 'staffing')).toEqual([]);
    const hiddenNow = quarterChanges(
      input({ team: { now: { 'staff.turnover': null }, before: { 'staff.turnover': 2 } } }),
    );
    expect(linesOf(hiddenNow, 'staffing')).toEqual([]);
  });
});
