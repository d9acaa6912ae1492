import { describe, expect, it } from 'vitest';
import { effectiveMinRaters, managerFlag, spreadOf, spreadShown } from './team-rules';

describe('spread of the team’s ratings', () => {
  it('counts each grade and don’t know, and takes the median of the grades given', () => {
    const spread = spreadOf([3, 3, 2, 4, 0]);
    expect(spread.counts).toEqual({ 4: 1, 3: 2, 2: 1, 1: 0, 0: 1 });
    expect(spread.raters).toBe(5);
    expect(spread.median).toBe(3);
    expect([spread.lowest, spread.highest]).toEqual([2, 4]);
  });

  it('takes the lower middle for an even number of grades', () => {
    expect(spreadOf([2, 3]).median).toBe(2);
    expect(spreadOf([1, 2, 3, 4]).median).toBe(2);
  });

  it('labels all within one grade Agreed, two apart Mixed, end to end Split', () => {
    expect(spreadOf([3, 3, 4]).label).toBe('agreed');
    expect(spreadOf([2, 3, 4]).label).toBe('mixed');
    expect(spreadOf([1, 3, 4]).label).toBe('split');
    expect(spreadOf([1, 4, 4]).label).toBe('split');
  });

  it('calls it an evidence gap when a third or more don’t know', () => {
    expect(spreadOf([0, 3, 3]).label).toBe('evidence-gap');
    expect(spreadOf([0, 3, 3, 3]).label).toBe('agreed');
    expect(spreadOf([0, 0, 0]).median).toBeNull();
    expect(spreadOf([]).label).toBeNull();
  });
});

describe('the anonymity threshold', () => {
  it('shows nothing for two raters and the spread for three', () => {
    expect(spreadShown(2, 3)).toBe(false);
    expect(spreadShown(3, 3)).toBe(true);
  });

  it('can be raised but never set below three', () => {
    expect(effectiveMinRaters(1)).toBe(3);
    expect(effectiveMinRaters(0)).toBe(3);
    expect(effectiveMinRaters(5)).toBe(5);
    expect(spreadShown(2, 1)).toBe(false);
    expect(spreadShown(4, 5)).toBe(false);
    expect(spreadShown(5, 5)).toBe(true);
  });
});

describe('blind spots and hidden strengths', () => {
  it('flags a manager at least the margin above the team as a possible blind spot', () => {
    expect(managerFlag(4, 3, 1)).toBe('blind-spot');
    expect(managerFlag(4, 3, 2)).toBeNull();
    expect(managerFlag(4, 2, 2)).toBe('blind-spot');
  });

  it('flags a manager at least the margin below the team as a possible hidden strength', () => {
    expect(managerFlag(2, 3, 1)).toBe('hidden-strength');
    expect(managerFlag(1, 3, 2)).toBe('hidden-strength');
    expect(managerFlag(2, 3, 2)).toBeNull();
  });

  it('raises nothing when they agree or either side has no grade, and treats a margin below one as one', () => {
    expect(managerFlag(3, 3, 1)).toBeNull();
    expect(managerFlag(0, 3, 1)).toBeNull();
    expect(managerFlag(null, 3, 1)).toBeNull();
    expect(managerFlag(4, null, 1)).toBeNull();
    expect(managerFlag(4, 3, 0)).toBe('blind-spot');
  });
});
