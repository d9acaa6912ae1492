import { describe, expect, it } from 'vitest';
import type { Triangulation, TriangulationRow } from '../voice';
import { missingSides, triangulationSummary } from './triangulation-words';

const row = (
  manager: 1 | 2 | 3 | 4 | null,
  youngPeople: number | null,
  flagged = false,
  team: number | null = null,
): TriangulationRow => ({
  domainKey: 'd',
  manager,
  team,
  teamRaters: 0,
  teamHidden: false,
  teamStillRating: false,
  youngPeople,
  youngPeopleHidden: false,
  flagged,
  gap: 0,
  between: null,
});

const of = (over: Partial<Triangulation>): Triangulation => ({
  quarter: '2026-Q3',
  margin: 1,
  teamMinRaters: 3,
  reviewed: true,
  surveyAnswers: 4,
  rows: [row(3, 3)],
  ...over,
});

describe('what the comparison says (issue 24 §3)', () => {
  it('says plainly that one side has nothing, instead of "No hallmark differs"', () => {
    const text = triangulationSummary(of({ surveyAnswers: 0, rows: [row(3, null)] }));
    expect(text).toBe('Nothing to compare for Jul to Sep 2026: no survey answers for Jul to Sep 2026 yet.');
    expect(text).not.toMatch(/No hallmark differs/);
    expect(triangulationSummary(of({ reviewed: false, rows: [row(null, 3)] }))).toBe(
      'Nothing to compare for Jul to Sep 2026: no review for Jul to Sep 2026 yet.',
    );
  });

  it('says nothing differs only when two views were compared', () => {
    expect(triangulationSummary(of({}))).toBe('No hallmark differs by more than 1 grade in Jul to Sep 2026.');
    expect(triangulationSummary(of({ margin: 2, rows: [row(4, 1.5, true)] }))).toMatch(
      /^1 hallmark differs by more than 2 grades in Jul to Sep 2026:/,
    );
  });

  it('has nothing to compare without a review or a survey', () => {
    expect(triangulationSummary(of({ quarter: null }))).toBe(
      'No review and no survey answers yet, so there is nothing to compare.',
    );
  });
});

describe('what the comparison says when some views are missing', () => {
  it('compares when at least one hallmark has two views, though others have one', () => {
    expect(triangulationSummary(of({ rows: [row(3, null), row(3, 3.2)] }))).toBe(
      'No hallmark differs by more than 1 grade in Jul to Sep 2026.',
    );
  });

  it('says why when both sides exist but no hallmark has two views that can be shown', () => {
    // The young people answered, but too few about any one hallmark for their view to be shown.
    expect(triangulationSummary(of({ rows: [row(3, null), row(2, null)] }))).toBe(
      'Nothing to compare for Jul to Sep 2026: fewer than two views of any hallmark can be shown.',
    );
  });

  it('counts every hallmark that differs', () => {
    expect(triangulationSummary(of({ rows: [row(4, 1.5, true), row(1, 3.5, true), row(3, 3)] }))).toBe(
      '2 hallmarks differ by more than 1 grade in Jul to Sep 2026: look at what each sees that the others may not.',
    );
  });

  it('says which side the comparison was made without', () => {
    expect(triangulationSummary(of({ reviewed: false, rows: [row(null, 3, false, 2.5)] }))).toBe(
      'No hallmark differs by more than 1 grade in Jul to Sep 2026. Compared without one side: no review for Jul to Sep 2026 yet.',
    );
    expect(triangulationSummary(of({ surveyAnswers: 0, rows: [row(4, null, true, 2)] }))).toBe(
      '1 hallmark differs by more than 1 grade in Jul to Sep 2026: look at what each sees that the others may not. Compared without one side: no survey answers for Jul to Sep 2026 yet.',
    );
  });

  it('names both missing sides when a quarter has neither a review nor survey answers', () => {
    expect(triangulationSummary(of({ reviewed: false, surveyAnswers: 0, rows: [row(null, null)] }))).toBe(
      'Nothing to compare for Jul to Sep 2026: no review for Jul to Sep 2026 yet, and no survey answers for Jul to Sep 2026 yet.',
    );
  });

  it('names both missing sides for a quarter, and none when there is no quarter to compare', () => {
    expect(missingSides(of({ reviewed: false, surveyAnswers: 0, rows: [] }))).toEqual([
      'no review for Jul to Sep 2026 yet',
      'no survey answers for Jul to Sep 2026 yet',
    ]);
    expect(missingSides(of({ quarter: null, reviewed: false, surveyAnswers: 0, rows: [] }))).toEqual([]);
  });
});
