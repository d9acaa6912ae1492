// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DutiesOverview } from '@contract/duties';
import { ComplianceCalendar } from './ComplianceCalendar';

afterEach(() => {
  document.body.innerHTML = '';
});

const overview: DutiesOverview = {
  duties: [],
  qualifications: [],
  appraisals: [
    {
      staffId: 1,
      name: 'Ellie Morgan',
      role: 'Residential support worker',
      startedOn: '2026-03-01',
      lastAppraisalOn: null,
      nextDueOn: '2027-03-01',
      state: 'ok',
    },
  ],
  staffChecks: [
    {
      staffId: 1,
      name: 'Ellie Morgan',
      role: 'Residential support worker',
      supervision: { lastOn: '2026-10-01', dueOn: '2026-11-12', state: 'late' },
      dbs: { lastOn: '2026-09-01', dueOn: null, state: 'not-recorded' },
    },
  ],
};

describe("the inspection pack's compliance calendar", () => {
  it('lists each person’s supervision and DBS check with the last date, the next due and how late', () => {
    render(<ComplianceCalendar overview={overview} today="2026-12-07" />);
    const supervision = screen.getByRole('table', { name: /^Supervision \(Regulation 33\(4\)/ });
    expect(within(supervision).getByRole('row', { name: /Ellie Morgan/ }).textContent).toBe(
      'Ellie MorganResidential support worker1 October 202612 November 2026Overdue by 25 days',
    );
    const dbs = screen.getByRole('table', { name: /^DBS update service checks/ });
    expect(within(dbs).getByRole('row', { name: /Ellie Morgan/ }).textContent).toBe(
      'Ellie MorganResidential support worker1 September 2026Not recordedNo date recorded',
    );
  });

  it('says so when no one is on the staff list', () => {
    render(
      <ComplianceCalendar overview={{ ...overview, appraisals: [], staffChecks: [] }} today="2026-12-07" />,
    );
    expect(document.body.textContent).toContain(
      'No one is on the staff list, so no appraisals or staff checks are tracked.',
    );
    expect(screen.queryByRole('table', { name: /Supervision/ })).toBeNull();
  });
});
