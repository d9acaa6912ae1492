import { describe, expect, it } from 'vitest';
import type { Triangulation, TriangulationRow } from '../voice';
import { triangulationSummary } from './triangulation-words';

const row = (
  manager: 1 | 2 | 3 | 4 | null,
  youngPeople: number | null,
  flagged = false,
): TriangulationRow => ({
  domainKey: 'd',
  manager,
  team: null,
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
