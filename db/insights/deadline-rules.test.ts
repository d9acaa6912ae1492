import { describe, expect, it } from 'vitest';
import {
  calibrate,
  calibrationSummary,
  dueState,
  dutyNextDue,
  isOverdue,
  qualificationDeadline,
  reg44CheckedFrom,
  reg44MissingMonths,
  reg45OfstedState,
} from './deadline-rules';
import { todayIso } from '../../contract/rules/dates';

describe('overdue actions', () => {
  it('counts an open or in-progress action as overdue only after its due date', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
  });

  it('never counts done or dropped actions', () => {
    expect(isOverdue({ status: 'done', dueOn: '2020-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueOn: '2020-03-01' }, '2026-03-02')).toBe(false);
  });

  it('uses the London date around midnight in summer time', () => {
    const action = { status: 'open' as const, dueOn: '2026-06-30' };
    expect(isOverdue(action, todayIso(new Date('2026-06-30T22:59:00Z')))).toBe(false);
    expect(isOverdue(action, todayIso(new Date('2026-06-30T23:00:00Z')))).toBe(true);
  });
});

describe('Reg 44 missing months', () => {
  const visits = ['2026-07-08', '2026-09-15'];
  it('waits 10 days after the month ends for the report', () => {
    // August ended on the 31st; the grace runs to 10 September.
    expect(reg44MissingMonths(visits, '2026-07-01', '2026-09-10')).toEqual([]);
    expect(reg44MissingMonths(visits, '2026-07-01', '2026-09-11')).toEqual(['2026-08']);
  });

  it('lists every empty month, newest first, and not the current month', () => {
    expect(reg44MissingMonths(visits, '2026-07-01', '2026-11-20')).toEqual(['2026-10', '2026-08']);
  });

  it('does not go back before the home started or more than a year', () => {
    expect(reg44MissingMonths([], '2026-10-05', '2026-11-05')).toEqual([]);
    expect(reg44MissingMonths([], '2026-10-05', '2026-11-11')).toEqual(['2026-10']);
    const lastYear = reg44MissingMonths([], '2020-01-01', '2026-11-20');
    expect([lastYear.length, lastYear[0], lastYear.at(-1)]).toEqual([12, '2026-10', '2025-11']);
  });

  it('says which month it checks from, so a report does not pass over earlier months in silence', () => {
    // The earlier of the home's start and its first visit, but never more than 12 months back.
    expect(reg44CheckedFrom(visits, '2026-11-28', '2026-11-28')).toBe('2026-07');
    expect(reg44CheckedFrom([], '2026-10-05', '2026-11-11')).toBe('2026-10');
    expect(reg44CheckedFrom(visits, '2020-01-01', '2026-11-20')).toBe('2025-11');
  });
});

describe('Reg 45 report to Ofsted', () => {
  const completed = '2026-09-01';
  it('waits for 20 days, reminds from day 21 and is late after day 28', () => {
    expect(reg45OfstedState(completed, null, '2026-09-21')).toBe('waiting');
    expect(reg45OfstedState(completed, null, '2026-09-22')).toBe('due-soon');
    expect(reg45OfstedState(completed, null, '2026-09-29')).toBe('due-soon');
    expect(reg45OfstedState(completed, null, '2026-09-30')).toBe('late');
  });

  it('records a report sent on day 28 as on time and day 29 as late', () => {
    expect(reg45OfstedState(completed, '2026-09-29', '2026-12-01')).toBe('sent');
    expect(reg45OfstedState(completed, '2026-09-30', '2026-12-01')).toBe('sent-late');
  });
});

describe('recurring duties', () => {
  it('falls due a set number of months after it was last done', () => {
    expect(dutyNextDue(12, '2025-12-15', null)).toBe('2026-12-15');
    expect(dutyNextDue(12, '2024-02-29', null)).toBe('2025-02-28');
    expect(dutyNextDue(12, null, null)).toBeNull();
  });

  it('uses the set date for a one-off duty until it is done', () => {
    expect(dutyNextDue(null, null, '2027-01-10')).toBe('2027-01-10');
    expect(dutyNextDue(null, '2026-12-01', '2027-01-10')).toBeNull();
  });

  it('shows a one-off duty that has been done as done, not as late or not recorded', () => {
    expect(dueState(null, '2026-12-16', true)).toBe('done');
    expect(dueState('2026-11-01', '2026-12-16', true)).toBe('done');
  });

  it('warns within 30 days and is late the day after it was due', () => {
    expect(dueState('2026-12-15', '2026-11-14')).toBe('ok');
    expect(dueState('2026-12-15', '2026-11-15')).toBe('due-soon');
    expect(dueState('2026-12-15', '2026-12-15')).toBe('due-soon');
    expect(dueState('2026-12-15', '2026-12-16')).toBe('late');
    expect(dueState(null, '2026-12-16')).toBe('not-recorded');
  });

  it('gives Level 3 two years and Level 5 three years from the start in the role', () => {
    expect(qualificationDeadline(3, '2025-03-10')).toBe('2027-03-10');
    expect(qualificationDeadline(5, '2025-03-10')).toBe('2028-03-10');
    expect(dueState(qualificationDeadline(3, '2024-11-01'), '2026-11-02')).toBe('late');
  });
});

describe('calibration', () => {
  // A worked example: three inspections, each against the home's latest self-assessment before it.
  // Built inside each test (not when the file loads), so each test exercises calibrate itself.
  const none = { experiencesAndProgress: null, helpedAndProtected: null, leadersAndManagers: null };
  const rows = () => [
    // 2024: home said Good, Good, Outstanding; Ofsted found Good, Good, Good.
    ...calibrate(
      { experiencesAndProgress: 3, helpedAndProtected: 3, leadersAndManagers: 3 },
      { experiencesAndProgress: 3, helpedAndProtected: 3, leadersAndManagers: 4 },
    ),
    // 2025: home said Good overall (v1 review: only the overall); Ofsted found Requires improvement.
    ...calibrate(
      { experiencesAndProgress: 2, helpedAndProtected: 2, leadersAndManagers: 2 },
      { ...none, experiencesAndProgress: 3 },
    ),
    // 2026: home said Requires improvement for leaders; Ofsted found Good.
    ...calibrate(
      { experiencesAndProgress: 3, helpedAndProtected: 3, leadersAndManagers: 3 },
      { experiencesAndProgress: 3, helpedAndProtected: 3, leadersAndManagers: 2 },
    ),
  ];

  it('marks each judgement agreed, higher or lower, and skips gaps', () => {
    const all = rows();
    expect(all.slice(0, 3).map((r) => r.direction)).toEqual(['agreed', 'agreed', 'higher']);
    expect(all.slice(3, 6).map((r) => r.direction)).toEqual(['higher', null, null]);
    expect(all.slice(6).map((r) => r.direction)).toEqual(['agreed', 'agreed', 'lower']);
  });

  it('keeps both grades beside each judgement, a gap on either side leaving no direction', () => {
    const [experiences, helped, leaders] = calibrate(
      { ...none, experiencesAndProgress: 2, leadersAndManagers: 4 },
      { ...none, helpedAndProtected: 3, leadersAndManagers: 4 },
    );
    expect(experiences).toEqual({ key: 'experiencesAndProgress', ofsted: 2, home: null, direction: null });
    expect(helped).toEqual({ key: 'helpedAndProtected', ofsted: null, home: 3, direction: null });
    expect(leaders).toEqual({ key: 'leadersAndManagers', ofsted: 4, home: 4, direction: 'agreed' });
  });

  it('counts agreement and direction across inspections', () => {
    expect(calibrationSummary(rows())).toEqual({ compared: 7, agreed: 4, higher: 2, lower: 1 });
  });
});
