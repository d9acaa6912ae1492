import { describe, expect, it } from 'vitest';
import type { DomainComparison, IndicatorComparison } from './compareReviews';
import { describeChanges } from './changeCounts';

const item = (change: IndicatorComparison['change']) => ({ change }) as IndicatorComparison;

describe('describeChanges', () => {
  it('counts each kind of change, most telling first', () => {
    const domains = [
      { indicators: [item('sustained'), item('improved'), item('declined')] },
      { indicators: [item('improved'), item('new')] },
    ] as DomainComparison[];
    expect(describeChanges(domains)).toBe('Indicators: 2 improved, 1 declined, 1 new, 1 sustained.');
    expect(describeChanges([])).toBe('No indicators to compare.');
  });
});
