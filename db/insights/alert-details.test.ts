import { describe, expect, it } from 'vitest';
import type { Grade } from '../../contract/framework';
import { evaluateAlerts, type AlertInputs, type ReviewPoint } from './alert-rules';

const titles = { leadership: 'Leadership', staffing: 'Staffing continuity' };

const review = (
  id: number,
  quarter: string,
  leadership: Grade | null,
  overall: Grade | null = 3,
): ReviewPoint => ({
  id,
  quarter,
  status: 'completed',
  overall,
  judgements: { leadership, staffing: 3 },
});

function inputs(extra: Partial<AlertInputs>): AlertInputs {
  return {
    today: '2026-11-26',
    homeCreatedAt: '2024-01-01T00:00:00Z',
    reviews: [review(1, '2026-Q3', 3)],
    domainTitles: titles,
    reg45Dates: ['2026-09-01'],
    ...extra,
  };
}

describe('alert wording and links', () => {
  it('spells out a decline two quarters running across all three reviews', () => {
    const [alert] = evaluateAlerts(
      inputs({ reviews: [review(1, '2026-Q1', 4), review(2, '2026-Q2', 3), review(3, '2026-Q3', 2)] }),
    ).filter((a) => a.kind === 'declined-twice');
    expect(alert).toEqual({
      key: 'declined-twice:leadership:2026-Q3',
      kind: 'declined-twice',
      severity: 'high',
      title: 'Leadership has declined two quarters running',
      detail:
        'From Outstanding to Good to Requires improvement to be good (Jan to Mar 2026 to Jul to Sep 2026).',
      link: '#/reviews/3/domain/leadership',
      linkText: 'Open Jul to Sep 2026',
    });
  });

  it('calls a decline after a rise a single decline', () => {
    const alerts = evaluateAlerts(
      inputs({ reviews: [review(1, '2026-Q1', 2), review(2, '2026-Q2', 4), review(3, '2026-Q3', 3)] }),
    );
    expect(alerts.map((a) => a.key)).toEqual(['declined:leadership:2026-Q3']);
    expect(alerts[0]!.severity).toBe('medium');
  });

  it('calls a decline after a review without that domain a single decline', () => {
    const alerts = evaluateAlerts(
      inputs({ reviews: [review(1, '2026-Q1', null), review(2, '2026-Q2', 4), review(3, '2026-Q3', 3)] }),
    );
    expect(alerts.map((a) => a.kind)).toEqual(['declined']);
  });

  it('says what a fall below Good fell from, and links the overall judgement to the review', () => {
    const [below] = evaluateAlerts(
      inputs({ reviews: [review(1, '2026-Q2', 3, 4), review(2, '2026-Q3', 3, 1)] }),
    );
    expect(below).toEqual({
      key: 'below-good:overall:2026-Q3',
      kind: 'below-good',
      severity: 'high',
      title: 'The overall judgement fell below Good',
      detail: 'It is now Inadequate, after Outstanding in Apr to Jun 2026.',
      link: '#/reviews/2',
      linkText: 'Open Jul to Sep 2026',
    });
  });

  it('does not call a fall from Requires improvement to Inadequate a fall below Good', () => {
    const kinds = evaluateAlerts(inputs({ reviews: [review(1, '2026-Q2', 2), review(2, '2026-Q3', 1)] })).map(
      (a) => a.kind,
    );
    expect(kinds).toEqual(['declined']);
  });

  it('raises nothing for an improvement', () => {
    expect(
      evaluateAlerts(inputs({ reviews: [review(1, '2026-Q2', 1, 1), review(2, '2026-Q3', 4, 4)] })),
    ).toEqual([]);
  });

  it('lists the most serious alerts first', () => {
    const alerts = evaluateAlerts(
      inputs({ reviews: [review(1, '2026-Q2', 4, 3), review(2, '2026-Q3', 3, 2)], reg45Dates: [] }),
    );
    expect(alerts.map((a) => a.severity)).toEqual(['high', 'medium', 'medium', 'low']);
  });
});

describe('overdue quarterly review', () => {
  it('asks for a review that was never started, with the date it was due', () => {
    expect(evaluateAlerts(inputs({ reviews: [], today: '2026-11-26' }))).toContainEqual({
      key: 'review-overdue:2026-Q3',
      kind: 'review-overdue',
      severity: 'medium',
      title: 'The review for Jul to Sep 2026 is overdue',
      detail: 'It was due by 30 October 2026 and has not been started.',
      link: '#/reviews',
      linkText: 'Start the review',
    });
  });

  it('counts the days a draft is late', () => {
    const draft: ReviewPoint = { ...review(7, '2026-Q3', 3), status: 'draft' };
    const overdue = evaluateAlerts(inputs({ reviews: [draft], today: '2026-11-26' })).find(
      (a) => a.kind === 'review-overdue',
    );
    expect(overdue).toMatchObject({
      detail: 'It was due by 30 October 2026. A draft is in progress: 27 days late.',
      link: '#/reviews/7',
      linkText: 'Continue the review',
    });
  });

  it('still asks when the home was added on the last day of the quarter, not when added after it', () => {
    const overdue = (homeCreatedAt: string) =>
      evaluateAlerts(inputs({ reviews: [], homeCreatedAt })).some((a) => a.kind === 'review-overdue');
    // The home's dates (BST): 23:59 on 30 September, then midnight on 1 October, an hour before UTC's.
    expect(overdue('2026-09-30T22:59:00Z')).toBe(true);
    expect(overdue('2026-09-30T23:00:00Z')).toBe(false);
    expect(overdue('2026-10-01T00:00:00Z')).toBe(false);
  });

  it('looks at the quarter before the one today is in, across a year end', () => {
    const keys = evaluateAlerts(inputs({ reviews: [], today: '2027-02-15' })).map((a) => a.key);
    expect(keys).toContain('review-overdue:2026-Q4');
  });
});

describe('Reg 45 reminders', () => {
  const reg45 = (reg45Dates: string[], today = '2026-11-26') =>
    evaluateAlerts(inputs({ reg45Dates, today })).filter((a) => a.kind.startsWith('reg45'));

  it('is due on the day six months on, and late only the day after', () => {
    expect(reg45(['2026-05-26']).map((a) => a.kind)).toEqual(['reg45-due']);
    expect(reg45(['2026-05-25']).map((a) => a.kind)).toEqual(['reg45-late']);
  });

  it('warns exactly 30 days ahead, not 31, and says how many days are left', () => {
    expect(reg45(['2026-06-26'])).toEqual([
      {
        key: 'reg45-due:2026-12-26',
        kind: 'reg45-due',
        severity: 'medium',
        title: 'The Reg 45 review is due soon',
        detail:
          'It is due by 26 December 2026, in 30 days: six months from the date the last one was completed, 26 June 2026. The report goes to Ofsted within 28 days of completing it.',
        link: '#/inspections/reg45',
        linkText: 'Reg 45 reviews',
      },
    ]);
    expect(reg45(['2026-06-27'])).toEqual([]);
  });

  it('uses the latest date however they are ordered, and says when the last one was', () => {
    expect(reg45(['2026-05-01', '2025-12-01'])).toEqual([
      {
        key: 'reg45-late:2026-11-01',
        kind: 'reg45-late',
        severity: 'high',
        title: 'The Reg 45 review is late',
        detail:
          'It was due by 1 November 2026: six months from the date the last one was completed, 1 May 2026.',
        link: '#/inspections/reg45',
        linkText: 'Reg 45 reviews',
      },
    ]);
  });

  it('asks for the date when none is recorded', () => {
    expect(reg45([])).toEqual([
      {
        key: 'reg45-unknown',
        kind: 'reg45-unknown',
        severity: 'low',
        title: 'Record your last Reg 45 review',
        detail:
          'Add the date your last six-monthly quality of care review was completed, so Hallmarks can remind you when the next is due.',
        link: '#/inspections/reg45',
        linkText: 'Reg 45 reviews',
      },
    ]);
  });

  it('keeps the day of the month where it exists, and uses the month end where it does not', () => {
    expect(reg45(['2026-08-31'], '2027-02-28').map((a) => a.key)).toEqual(['reg45-due:2027-02-28']);
    expect(reg45(['2026-08-31'], '2027-03-01').map((a) => a.key)).toEqual(['reg45-late:2027-02-28']);
  });
});
