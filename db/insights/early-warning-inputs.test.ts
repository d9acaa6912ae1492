import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { createEarlyWarningInputs } from './early-warning-inputs';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');

function open() {
  return openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't', now: () => NOW });
}

describe('the dashboard reads the early-warning signs and the quarter from the records', () => {
  it("the sample home shows the manager's absence and the young people's less positive answers", () => {
    const store = open();
    const homeId = store.handlers['demo.create']({}).id;
    const warning = store.handlers['dashboard.earlyWarning']({ homeId });
    expect(warning.quarters).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(warning.signs.map((s) => [s.kind, s.moved])).toEqual([
      ['manager', '41 days without a registered manager (41 in Oct to Dec 2025).'],
      ['survey', 'Less positive in Jul to Sep 2026 than in Apr to Jun 2026: “The staff treat me well”.'],
    ]);
    // Its rating rounds are read as tallies: every indicator the team rated is compared with the manager's.
    const rounds = createEarlyWarningInputs(store.db, () => NOW)(homeId, '2026-11-26').teamRounds;
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds.every((r) => r.compared > 0 && r.belowManager <= r.compared)).toBe(true);
  });

  it("the sample home's quarter: last quarter's review done, its meeting held, Reg 45 sent", () => {
    const store = open();
    const homeId = store.handlers['demo.create']({}).id;
    const { position } = store.handlers['dashboard.get']({ homeId });
    expect(position).toMatchObject({
      quarter: '2026-Q4',
      review: { quarter: '2026-Q3', status: 'completed', rated: 48, total: 48 },
      meetingHeldOn: '2026-10-05',
      surveysThisQuarter: 2,
      reg44: { month: '2026-11', visitedThisMonth: false, lastVisitOn: '2026-10-12' },
      reg45: { lastCompletedOn: '2026-10-09', nextDueBy: '2027-04-09', ofstedState: 'sent' },
    });
    // Open actions due in the next 30 days, soonest first; overdue ones are an alert instead.
    expect(position.actionsDueSoon.map((a) => a.dueOn)).toEqual(['2026-12-10', '2026-12-17', '2026-12-17']);
  });

  it('a new home: no signs, and nothing started this quarter', () => {
    const store = open();
    const home = store.handlers['homes.create']({
      name: 'Oak',
      urn: null,
      registeredManager: null,
      places: 4,
    });
    const data = store.handlers['dashboard.get']({ homeId: home.id });
    expect(store.handlers['dashboard.earlyWarning']({ homeId: home.id })).toEqual({
      quarters: ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'],
      quartersWithFigures: 0,
      signs: [],
    });
    expect(data.position).toEqual({
      quarter: '2026-Q4',
      review: { quarter: '2026-Q3', reviewId: null, status: 'not-started', rated: 0, total: 0 },
      meetingHeldOn: null,
      surveysThisQuarter: 0,
      reg44: { month: '2026-11', visitedThisMonth: false, lastVisitOn: null },
      reg45: { lastCompletedOn: null, nextDueBy: null, ofstedState: null, ofstedDeadline: null },
      actionsDueSoon: [],
    });
  });
});
