import type { DutyState } from '../../contract/duties';
import { describe, expect, it } from 'vitest';
import { noImprovementFacts } from '../test-support/improvement-facts';
import { improvementAlerts } from './improvement-alerts';

const none = noImprovementFacts;

describe('improvement alerts', () => {
  it('says nothing when nothing is due', () => {
    expect(improvementAlerts(none)).toEqual([]);
  });

  it('puts a missing Reg 44 visit as the regulation does: the registered person makes sure it happens', () => {
    const [alert] = improvementAlerts({ ...none, reg44MissingMonths: ['2026-10'] });
    expect(alert).toMatchObject({
      kind: 'reg44-missing',
      title: 'No Reg 44 visit recorded for October 2026',
    });
    // Regulation 44(1) puts the duty on the registered person, and says "at least once each month".
    expect(alert?.detail).toMatch(
      /^Regulation 44: the registered person must make sure the independent person/,
    );
    expect(alert?.detail).toContain('at least once each month');
  });

  it('names one overdue action, counts several, and links to the overdue list', () => {
    const one = improvementAlerts({
      ...none,
      overdueActions: [{ id: 4, title: '<b>Walk-rounds</b>', dueOn: '2026-11-01' }],
    });
    expect(one[0]).toMatchObject({
      kind: 'actions-overdue',
      title: 'An action is overdue',
      detail: '“<b>Walk-rounds</b>” was due by 1 November 2026.',
      link: '#/actions/overdue',
    });
    const two = improvementAlerts({
      ...none,
      overdueActions: [
        { id: 4, title: 'A', dueOn: '2026-11-01' },
        { id: 9, title: 'B', dueOn: '2026-10-01' },
      ],
    });
    expect(two[0]).toMatchObject({
      title: '2 actions are overdue',
      detail: 'The oldest was due by 1 October 2026.',
    });
    expect(two[0]?.key).not.toBe(one[0]?.key);
  });

  it('warns of duties and qualification deadlines due soon, and louder when late', () => {
    const alerts = improvementAlerts({
      ...none,
      duties: {
        duties: [
          {
            ref: 'builtin:a',
            builtinKey: 'a',
            id: null,
            title: 'Review the statement of purpose',
            basis: '',
            everyMonths: 12,
            lastDoneOn: '2025-12-01',
            nextDueOn: '2026-12-01',
            state: 'due-soon',
          },
          {
            ref: 'own:3',
            builtinKey: null,
            id: 3,
            title: 'Fire drill review',
            basis: '',
            everyMonths: 6,
            lastDoneOn: '2026-03-01',
            nextDueOn: '2026-09-01',
            state: 'late',
          },
          {
            ref: 'builtin:b',
            builtinKey: 'b',
            id: null,
            title: 'Not yet recorded',
            basis: '',
            everyMonths: 12,
            lastDoneOn: null,
            nextDueOn: null,
            state: 'not-recorded',
          },
        ],
        qualifications: [
          {
            id: 1,
            staffId: 7,
            person: 'Chris',
            leftOn: null,
            level: 3,
            startedOn: '2024-11-01',
            achievedOn: null,
            deadline: '2026-11-01',
            regulationDeadline: '2026-11-01',
            deferredTo: null,
            deferralReason: '',
            state: 'late',
          },
          {
            id: 2,
            staffId: 8,
            person: 'Gone',
            leftOn: '2026-06-30',
            level: 3,
            startedOn: '2024-10-01',
            achievedOn: null,
            deadline: '2026-10-01',
            regulationDeadline: '2026-10-01',
            deferredTo: null,
            deferralReason: '',
            state: 'left',
          },
        ],
        appraisals: [
          {
            staffId: 7,
            name: 'Chris',
            role: '',
            startedOn: '2024-11-01',
            lastAppraisalOn: '2025-11-01',
            nextDueOn: '2026-11-01',
            state: 'late',
          },
        ],
        staffChecks: [],
      },
    });
    expect(alerts.map((a) => [a.kind, a.severity, a.title])).toEqual([
      ['duty-due', 'medium', 'Due soon: Review the statement of purpose'],
      ['duty-late', 'high', 'Late: Fire drill review'],
      ['duty-late', 'high', 'Late: Chris: Level 3'],
      ['duty-late', 'high', 'Late: Chris: appraisal'],
    ]);
  });

  it('flags supervision and DBS update-service checks that are late or due soon, where appraisals show', () => {
    const check = (lastOn: string | null, dueOn: string | null, state: DutyState) => ({
      lastOn,
      dueOn,
      state,
    });
    const alerts = improvementAlerts({
      ...none,
      duties: {
        ...none.duties,
        staffChecks: [
          {
            staffId: 7,
            name: 'Chris',
            role: '',
            supervision: check('2026-09-01', '2026-10-01', 'late'),
            dbs: check('2025-12-01', '2026-12-01', 'due-soon'),
          },
          {
            staffId: 8,
            name: 'Dee',
            role: '',
            supervision: check('2026-11-10', '2027-02-10', 'ok'),
            dbs: check(null, null, 'not-recorded'),
          },
        ],
      },
    });
    expect(alerts.map((a) => [a.kind, a.severity, a.title, a.detail, a.link])).toEqual([
      [
        'duty-late',
        'high',
        'Late: Chris: supervision',
        'It was due by 1 October 2026.',
        '#/inspections/calendar',
      ],
      [
        'duty-due',
        'medium',
        'Due soon: Chris: DBS update service check',
        'It is due by 1 December 2026.',
        '#/inspections/calendar',
      ],
    ]);
  });

  it('flags an Ofsted requirement past its compliance date', () => {
    const [alert] = improvementAlerts({
      ...none,
      overdueRequirements: [{ id: 2, regulation: 'Regulation 12', complyBy: '2026-11-18' }],
    });
    expect(alert).toMatchObject({
      kind: 'requirement-overdue',
      detail: 'Regulation 12: the compliance date was 18 November 2026.',
    });
  });
});
