import { describe, expect, it } from 'vitest';
import type { Grade } from '../../contract/framework';
import { evaluateAlerts, type AlertInputs, type ReviewPoint } from './alert-rules';

const titles = { leadership: 'Leadership', staffing: 'Staffing continuity' };

function review(
  id: number,
  quarter: string,
  leadership: Grade | null,
  staffing: Grade | null,
  overall: Grade = 3,
): ReviewPoint {
  return { id, quarter, status: 'completed', overall, judgements: { leadership, staffing } };
}

function inputs(reviews: ReviewPoint[], extra: Partial<AlertInputs> = {}): AlertInputs {
  return {
    today: '2026-11-26',
    homeCreatedAt: '2024-01-01T00:00:00Z',
    reviews,
    domainTitles: titles,
    reg45Dates: ['2026-09-01'],
    ...extra,
  };
}

const kinds = (i: AlertInputs) => evaluateAlerts(i).map((a) => a.key);

describe('alert rules', () => {
  it('says nothing for a steady home with its reviews and Reg 45 up to date', () => {
    expect(kinds(inputs([review(1, '2026-Q2', 3, 3), review(2, '2026-Q3', 3, 3)]))).toEqual([]);
  });

  it('flags a domain that declined, linking to it', () => {
    const alerts = evaluateAlerts(inputs([review(1, '2026-Q2', 4, 3), review(2, '2026-Q3', 3, 3)]));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      key: 'declined:leadership:2026-Q3',
      title: 'Leadership declined',
      detail: 'From Outstanding to Good (Apr to Jun 2026 to Jul to Sep 2026).',
      link: '#/reviews/2/domain/leadership',
    });
  });

  it('flags a decline two quarters running instead of a single decline', () => {
    const history = [review(1, '2026-Q1', 3, 4), review(2, '2026-Q2', 3, 3), review(3, '2026-Q3', 3, 2)];
    expect(kinds(inputs(history))).toEqual([
      'declined-twice:staffing:2026-Q3',
      'below-good:staffing:2026-Q3',
    ]);
  });

  it('flags a fall below Good, for the overall judgement too', () => {
    const history = [review(1, '2026-Q2', 3, 3, 3), review(2, '2026-Q3', 3, 3, 2)];
    expect(kinds(inputs(history))).toEqual(['below-good:overall:2026-Q3', 'declined:overall:2026-Q3']);
  });

  it('compares the two latest completed reviews across a skipped quarter', () => {
    expect(kinds(inputs([review(1, '2026-Q1', 3, 3), review(2, '2026-Q3', 2, 3)]))).toContain(
      'below-good:leadership:2026-Q3',
    );
  });

  it('raises no movement alerts from a single review', () => {
    expect(kinds(inputs([review(1, '2026-Q3', 1, 1, 1)]))).toEqual([]);
  });

  it('ignores a domain missing from one review (a framework version change)', () => {
    expect(kinds(inputs([review(1, '2026-Q2', null, 4), review(2, '2026-Q3', 1, 4)]))).toEqual([]);
    expect(kinds(inputs([review(1, '2026-Q2', 4, 4), review(2, '2026-Q3', null, 4)]))).toEqual([]);
  });

  it('ignores drafts when judging movement', () => {
    const draft: ReviewPoint = { ...review(3, '2026-Q4', 1, 1, 1), status: 'draft' };
    expect(kinds(inputs([review(1, '2026-Q2', 3, 3), review(2, '2026-Q3', 3, 3), draft]))).toEqual([]);
  });

  it("says last quarter's review is overdue 30 days after the quarter ends", () => {
    const history = [review(1, '2026-Q2', 3, 3)];
    expect(kinds(inputs(history, { today: '2026-10-30' }))).toEqual([]);
    expect(kinds(inputs(history, { today: '2026-10-31' }))).toEqual(['review-overdue:2026-Q3']);
    const withDraft = [...history, { ...review(2, '2026-Q3', 3, 3), status: 'draft' as const }];
    const alert = evaluateAlerts(inputs(withDraft, { today: '2026-11-26' }))[0];
    expect(alert).toMatchObject({
      link: '#/reviews/2',
      detail: expect.stringMatching(/draft is in progress/),
    });
  });

  it('does not ask for reviews of quarters before the home was added', () => {
    expect(kinds(inputs([], { homeCreatedAt: '2026-11-01T09:00:00Z' }))).toEqual([]);
  });

  it('warns when the Reg 45 review is due within 30 days, and when it is late', () => {
    const history = [review(1, '2026-Q3', 3, 3)];
    expect(kinds(inputs(history, { reg45Dates: ['2026-06-20'] }))).toEqual(['reg45-due:2026-12-20']);
    expect(kinds(inputs(history, { reg45Dates: ['2026-06-27'] }))).toEqual([]);
    expect(kinds(inputs(history, { reg45Dates: ['2025-11-01', '2026-05-25'] }))).toEqual([
      'reg45-late:2026-11-25',
    ]);
    expect(kinds(inputs(history, { reg45Dates: [] }))).toEqual(['reg45-unknown']);
  });

  it('flags a fall in helped and protected, and in leaders and managers, linking to the judgements', () => {
    const withSccif = (id: number, quarter: string, protection: Grade, leadership: Grade): ReviewPoint => ({
      ...review(id, quarter, 3, 3),
      frameworkVersion: 2,
      sccif: { experiences: 3, protection, leadership },
    });
    const alerts = evaluateAlerts(inputs([withSccif(1, '2026-Q2', 3, 4), withSccif(2, '2026-Q3', 2, 3)]));
    expect(alerts.map((a) => [a.key, a.title, a.link])).toEqual([
      [
        'below-good:sccif-protection:2026-Q3',
        'How well children and young people are helped and protected fell below Good',
        '#/reviews/2/summary',
      ],
      [
        'declined:sccif-protection:2026-Q3',
        'How well children and young people are helped and protected declined',
        '#/reviews/2/summary',
      ],
      [
        'declined:sccif-leadership:2026-Q3',
        'The effectiveness of leaders and managers declined',
        '#/reviews/2/summary',
      ],
    ]);
  });

  it('flags leaders and managers Good while helped and protected is Inadequate, in the latest review only', () => {
    const point = (id: number, quarter: string, protection: Grade, leadership: Grade): ReviewPoint => ({
      ...review(id, quarter, 3, 3, protection === 1 ? 1 : 3),
      sccif: { experiences: protection === 1 ? 1 : 3, protection, leadership },
    });
    const flagged = evaluateAlerts(inputs([point(1, '2026-Q2', 1, 3)])).find(
      (a) => a.kind === 'judgement-mismatch',
    );
    expect(flagged).toMatchObject({
      key: 'judgement-mismatch:2026-Q2',
      severity: 'high',
      title:
        'The effectiveness of leaders and managers is Good while how well children and young people are helped and protected is Inadequate',
      link: '#/reviews/1/summary',
    });
    expect(flagged!.detail).toMatch(/Did the home's own monitoring miss this\?/);
    expect(flagged!.linkText).toBe('Open Apr to Jun 2026');
    // A draft started since does not hide it: the latest completed review is the one judged.
    const draft: ReviewPoint = { ...point(2, '2026-Q3', 3, 3), status: 'draft' };
    expect(evaluateAlerts(inputs([point(1, '2026-Q2', 1, 3), draft])).map((a) => a.kind)).toContain(
      'judgement-mismatch',
    );
    const mismatch = (points: ReviewPoint[]) =>
      evaluateAlerts(inputs(points)).filter((a) => a.kind === 'judgement-mismatch');
    expect(mismatch([point(1, '2026-Q2', 1, 2)])).toEqual([]);
    expect(mismatch([point(1, '2026-Q2', 2, 3)])).toEqual([]);
    expect(mismatch([point(1, '2026-Q2', 1, 3), point(2, '2026-Q3', 3, 3)])).toEqual([]);
  });
});
