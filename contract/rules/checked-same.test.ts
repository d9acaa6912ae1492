import { describe, expect, it } from 'vitest';
import { checkedSameProblem, sameAsLastRefusal } from './checked-same';

const last = { rating: 3 as const, note: 'Walk-round log shows evening visits each week.' };

describe('"Same as last quarter, checked today"', () => {
  it('is offered for last quarter’s grade with its note when the records do not point lower', () => {
    expect(sameAsLastRefusal(last, null)).toBeNull();
    expect(sameAsLastRefusal(last, 3)).toBeNull();
  });

  it('is refused, with the reason, when there is nothing to confirm', () => {
    expect(sameAsLastRefusal(null, null)).toMatch(/no rating from last quarter/);
    expect(sameAsLastRefusal({ rating: null, note: 'x' }, null)).toMatch(/no rating from last quarter/);
    expect(sameAsLastRefusal({ rating: 0, note: 'x' }, null)).toMatch(/not enough evidence/);
    expect(sameAsLastRefusal({ rating: 4, note: '  ' }, null)).toMatch(/no evidence note/);
  });

  it('is refused when the records now suggest a lower grade than last quarter’s', () => {
    expect(sameAsLastRefusal(last, 2)).toBe(
      'Your records now suggest Requires improvement to be good at most, so rate this indicator afresh.',
    );
  });

  it('confirms only last quarter’s own rating and note, unchanged', () => {
    expect(checkedSameProblem(last, last, null)).toBeNull();
    expect(checkedSameProblem({ ...last, rating: 4 }, last, null)).toMatch(/differs from last quarter/);
    expect(checkedSameProblem({ ...last, note: `${last.note} More.` }, last, null)).toMatch(/differs/);
    expect(checkedSameProblem(last, last, 2)).toMatch(/records now suggest/);
  });
});
