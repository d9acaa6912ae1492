import { describe, expect, it } from 'vitest';
import { currentFramework } from '../../db/framework';
import { INDICATOR_STANDARDS, standardsOf, stepChanges, stepMovement } from './reg45-standards';

describe('the Quality Standards each indicator speaks to', () => {
  it('maps every indicator of the current framework to at least one standard, 5 to 14', () => {
    for (const domain of currentFramework.domains)
      for (const indicator of domain.indicators) {
        expect(INDICATOR_STANDARDS[indicator.key], indicator.key).toBeDefined();
        for (const reg of standardsOf(indicator.key, domain.key)) {
          expect(reg).toBeGreaterThanOrEqual(5);
          expect(reg).toBeLessThanOrEqual(14);
        }
      }
  });

  it('leaves no standard from 5 to 14 without an indicator', () => {
    const covered = new Set(
      currentFramework.domains.flatMap((d) => d.indicators.flatMap((i) => standardsOf(i.key, d.key))),
    );
    expect([...covered].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it("puts challenge under reg 5, medicines under reg 10 and moves under reg 14, not the domain's", () => {
    expect(standardsOf('lead.challenge', 'leadership')).toEqual([5]);
    expect(standardsOf('asp.medicines', 'aspirations')).toEqual([10]);
    expect(standardsOf('rel.moves', 'relationships')).toEqual([14]);
  });

  it("falls back to the domain's own standard for an indicator it does not list", () => {
    expect(standardsOf('custom.something', 'education')).toEqual([8]);
    expect(standardsOf('custom.something', 'unknown')).toEqual([]);
  });
});

describe('movement across a period, step by step', () => {
  it('names a fall and a recovery instead of calling the path sustained', () => {
    expect(
      stepMovement([
        { quarter: '2026-Q1', grade: 3 },
        { quarter: '2026-Q2', grade: 1 },
        { quarter: '2026-Q3', grade: 3 },
      ]),
    ).toBe(
      'Good → Inadequate → Good: fell to Inadequate in Apr to Jun 2026; rose to Good in Jul to Sep 2026',
    );
  });

  it('gives the changes alone, for a table that shows each grade', () => {
    expect(
      stepChanges([
        { quarter: '2026-Q1', grade: 3 },
        { quarter: '2026-Q2', grade: 1 },
        { quarter: '2026-Q3', grade: 1 },
      ]),
    ).toBe('Fell to Inadequate in Apr to Jun 2026');
    expect(stepChanges([{ quarter: '2026-Q1', grade: 3 }])).toBe('One judgement, nothing to compare');
  });

  it('says sustained only when nothing changed', () => {
    expect(
      stepMovement([
        { quarter: '2026-Q1', grade: 4 },
        { quarter: '2026-Q2', grade: 4 },
      ]),
    ).toBe('Outstanding → Outstanding: sustained');
  });

  it('shows a quarter without a judgement as a gap, and compares nothing across it', () => {
    expect(
      stepMovement([
        { quarter: '2026-Q1', grade: 2 },
        { quarter: '2026-Q2', grade: null },
        { quarter: '2026-Q3', grade: 3 },
      ]),
    ).toBe('Requires improvement → no judgement → Good: changed across a quarter with no judgement');
    expect(stepMovement([{ quarter: '2026-Q1', grade: null }])).toBe('No judgement in this period');
    expect(
      stepMovement([
        { quarter: '2026-Q1', grade: null },
        { quarter: '2026-Q2', grade: 2 },
      ]),
    ).toBe('no judgement → Requires improvement: one judgement, nothing to compare');
  });
});
