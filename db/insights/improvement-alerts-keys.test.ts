import type { AppraisalStatus, QualificationStatus } from '../../contract/duties';
import type { Reg45OfstedState, Reg45Record } from '../../contract/records';
import { describe, expect, it } from 'vitest';
import { noImprovementFacts } from '../test-support/improvement-facts';
import { improvementAlerts } from './improvement-alerts';

const none = noImprovementFacts;

function reg45(
  id: number,
  completedOn: string,
  ofstedDeadline: string,
  ofstedState: Reg45OfstedState,
): Reg45Record {
  return {
    id,
    periodStart: null,
    periodEnd: null,
    completedOn,
    sentToOfstedOn: null,
    placingAuthorities: 'unknown',
    placingAuthoritiesSentOn: null,
    ofstedDeadline,
    ofstedState,
  };
}

function appraisal(staffId: number, state: AppraisalStatus['state']): AppraisalStatus {
  return {
    staffId,
    name: `Staff ${staffId}`,
    role: '',
    startedOn: null,
    lastAppraisalOn: null,
    nextDueOn: null,
    state,
  };
}

function qualification(
  id: number,
  state: QualificationStatus['state'],
  deadline = '2025-01-01',
): QualificationStatus {
  return {
    id,
    staffId: id + 100,
    person: `Person ${id}`,
    leftOn: null,
    level: 3,
    startedOn: '2023-01-01',
    achievedOn: null,
    deadline,
    regulationDeadline: deadline,
    deferredTo: null,
    deferralReason: '',
    state,
  };
}

// Alert keys are stored with a manager's acknowledgements (alert_acknowledgements), so an alert keeps
// being recognised as acknowledged only while its key stays the same: these tests pin the keys.
describe('improvement alerts: Reg 45 reports to Ofsted', () => {
  it('warns only of reports due soon or late, louder when late, naming the review and its deadline', () => {
    const alerts = improvementAlerts({
      ...none,
      reg45: [
        reg45(1, '2026-06-01', '2026-06-29', 'sent'),
        reg45(2, '2026-07-01', '2026-07-29', 'sent-late'),
        reg45(3, '2026-11-19', '2026-12-17', 'waiting'),
        reg45(4, '2026-11-01', '2026-11-29', 'due-soon'),
        reg45(5, '2026-10-01', '2026-10-29', 'late'),
      ],
    });
    expect(alerts.map((a) => [a.key, a.kind, a.severity, a.title])).toEqual([
      ['reg45-ofsted-due:2026-11-01', 'reg45-ofsted-due', 'medium', 'Send the Reg 45 report to Ofsted'],
      ['reg45-ofsted-late:2026-10-01', 'reg45-ofsted-late', 'high', 'The Reg 45 report to Ofsted is late'],
    ]);
    expect(alerts[1]).toMatchObject({
      detail:
        'The review completed on 1 October 2026 must reach Ofsted by 29 October 2026: 28 days from the date the review was completed. Record the date it was sent.',
      link: '#/inspections/reg45',
      linkText: 'Reg 45 records',
    });
  });
});

describe('improvement alerts: keys and links', () => {
  it('keys overdue actions by which they are, so a newly overdue one shows again', () => {
    const [alert] = improvementAlerts({
      ...none,
      overdueActions: [
        { id: 4, title: 'A', dueOn: '2026-11-01' },
        { id: 9, title: 'B', dueOn: '2026-10-01' },
      ],
    });
    expect(alert).toMatchObject({
      key: 'actions-overdue:4,9',
      severity: 'high',
      link: '#/actions/overdue',
      linkText: 'See overdue actions',
    });
  });

  it('cuts a long action title to its first 120 characters', () => {
    const title = 'x'.repeat(120) + 'TAIL';
    const [alert] = improvementAlerts({ ...none, overdueActions: [{ id: 1, title, dueOn: '2026-11-01' }] });
    expect(alert?.detail).toBe(`“${'x'.repeat(120)}” was due by 1 November 2026.`);
  });

  it('shows at most the three newest missing Reg 44 months, each its own alert', () => {
    const alerts = improvementAlerts({
      ...none,
      reg44MissingMonths: ['2026-10', '2026-09', '2026-08', '2026-07'],
    });
    expect(alerts.map((a) => [a.key, a.severity, a.link, a.linkText])).toEqual([
      ['reg44-missing:2026-10', 'high', '#/inspections/reg44', 'Reg 44 visits'],
      ['reg44-missing:2026-09', 'high', '#/inspections/reg44', 'Reg 44 visits'],
      ['reg44-missing:2026-08', 'high', '#/inspections/reg44', 'Reg 44 visits'],
    ]);
  });

  it('keys an overdue Ofsted requirement by its id, and leaves out an empty regulation', () => {
    const [alert] = improvementAlerts({
      ...none,
      overdueRequirements: [{ id: 7, regulation: '', complyBy: '2026-11-18' }],
    });
    expect(alert).toEqual({
      key: 'requirement-overdue:7',
      kind: 'requirement-overdue',
      severity: 'high',
      title: 'An Ofsted requirement is past its compliance date',
      detail: 'the compliance date was 18 November 2026.',
      link: '#/inspections/ofsted',
      linkText: 'Ofsted inspections',
    });
  });

  it('keys each dated item by what it is, whether it is late, and its date', () => {
    const alerts = improvementAlerts({
      ...none,
      duties: {
        ...none.duties,
        qualifications: [qualification(1, 'late', '2026-11-01')],
        appraisals: [{ ...appraisal(1, 'due-soon'), nextDueOn: '2026-12-01' }],
        staffChecks: [
          {
            staffId: 1,
            name: 'Staff 1',
            role: '',
            supervision: { lastOn: '2026-09-01', dueOn: '2026-10-01', state: 'late' },
            dbs: { lastOn: null, dueOn: null, state: 'not-recorded' },
          },
        ],
      },
    });
    expect(alerts.map((a) => [a.key, a.linkText])).toEqual([
      ['duty-late:qualification:1:2026-11-01', 'Dates that must not slip'],
      ['duty-due:appraisal:1:2026-12-01', 'Dates that must not slip'],
      ['duty-late:supervision:1:2026-10-01', 'Dates that must not slip'],
    ]);
  });
});

describe('improvement alerts: records still to add (set-up, not alarms)', () => {
  it('asks once, quietly, for the last appraisal of staff with none recorded', () => {
    const one = improvementAlerts({
      ...none,
      duties: { ...none.duties, appraisals: [appraisal(3, 'ok'), appraisal(5, 'not-recorded')] },
    });
    expect(one).toEqual([
      {
        key: 'appraisals-unknown:5',
        kind: 'appraisals-unknown',
        severity: 'low',
        title: 'Record when one of the staff was last appraised',
        detail:
          'Add the date of each one’s last appraisal, so Hallmarks can remind you when the next is due (Reg 33(4): at least once a year).',
        link: '#/inspections/calendar',
        linkText: 'Dates that must not slip',
      },
    ]);
    const two = improvementAlerts({
      ...none,
      duties: { ...none.duties, appraisals: [appraisal(5, 'not-recorded'), appraisal(8, 'not-recorded')] },
    });
    expect(two.map((a) => [a.key, a.title])).toEqual([
      ['appraisals-unknown:5,8', 'Record when 2 staff were last appraised'],
    ]);
  });

  it('asks once, quietly, whether Level 3 or 5 deadlines that passed before the home was added were met', () => {
    const one = improvementAlerts({
      ...none,
      duties: {
        ...none.duties,
        qualifications: [qualification(2, 'done'), qualification(6, 'not-recorded')],
      },
    });
    expect(one).toEqual([
      {
        key: 'qualifications-unknown:6',
        kind: 'qualifications-unknown',
        severity: 'low',
        title: 'Record whether a Level 3 or Level 5 deadline was met',
        detail:
          'This deadline passed before the home was added to Hallmarks. Record the date the qualification (or one you consider equivalent) was achieved, or the deferral, so Hallmarks shows where it stands (Regs 32 and 28).',
        link: '#/inspections/calendar',
        linkText: 'Dates that must not slip',
      },
    ]);
    const three = improvementAlerts({
      ...none,
      duties: {
        ...none.duties,
        qualifications: [
          qualification(6, 'not-recorded'),
          qualification(7, 'not-recorded'),
          qualification(9, 'not-recorded'),
        ],
      },
    });
    expect(three.map((a) => [a.key, a.title])).toEqual([
      ['qualifications-unknown:6,7,9', 'Record whether 3 Level 3 or Level 5 deadlines were met'],
    ]);
    expect(three[0]?.detail).toMatch(/^These deadlines passed before the home was added to Hallmarks\./);
  });

  it('puts the set-up requests after every alarm', () => {
    const alerts = improvementAlerts({
      ...none,
      overdueRequirements: [{ id: 7, regulation: 'Regulation 12', complyBy: '2026-11-18' }],
      duties: {
        ...none.duties,
        appraisals: [appraisal(5, 'not-recorded')],
        qualifications: [qualification(6, 'not-recorded')],
      },
    });
    expect(alerts.map((a) => a.kind)).toEqual([
      'requirement-overdue',
      'appraisals-unknown',
      'qualifications-unknown',
    ]);
  });
});
