import { describe, expect, it } from 'vitest';
import { describeStability, describeStreaks } from './trendWords';

describe('describeStability', () => {
  it('calls no change steady', () => {
    expect(describeStability({ changes: 0, reviews: 8 })).toEqual({
      level: 'steady',
      text: 'No change of grade in 8 quarters.',
    });
  });

  it('calls one or two changes some change, and says how many reviews when fewer than eight', () => {
    expect(describeStability({ changes: 2, reviews: 8 }).text).toBe('Changed grade twice in 8 quarters.');
    expect(describeStability({ changes: 1, reviews: 5 })).toEqual({
      level: 'some-change',
      text: 'Changed grade once in 5 reviews over the last 8 quarters.',
    });
  });

  it('calls three or more changes swinging', () => {
    expect(describeStability({ changes: 3, reviews: 8 })).toEqual({
      level: 'swinging',
      text: 'Changed grade 3 times in 8 quarters.',
    });
  });

  it('says it is too early with fewer than two reviews', () => {
    expect(describeStability({ changes: 0, reviews: 1 }).level).toBe('too-early');
  });
});

describe('describeStreaks', () => {
  it('counts quarters at Good or better', () => {
    expect(describeStreaks({ goodOrBetter: 5, outstanding: 0 }, true)).toEqual([
      'Good or better for 5 quarters running.',
    ]);
  });

  it('names an Outstanding run, and a longer Good or better run beside it', () => {
    expect(describeStreaks({ goodOrBetter: 4, outstanding: 2 }, true)).toEqual([
      'Outstanding for 2 quarters running.',
      'Good or better for 4 quarters running.',
    ]);
    expect(describeStreaks({ goodOrBetter: 1, outstanding: 1 }, true)).toEqual([
      'Outstanding for 1 quarter.',
    ]);
  });

  it('says "for 1 quarter", not "1 quarter running"', () => {
    expect(describeStreaks({ goodOrBetter: 1, outstanding: 0 }, true)).toEqual([
      'Good or better for 1 quarter.',
    ]);
  });

  it('says when the latest review was below Good, and nothing without a review', () => {
    expect(describeStreaks({ goodOrBetter: 0, outstanding: 0 }, true)).toEqual([
      'Below Good in the latest review.',
    ]);
    expect(describeStreaks({ goodOrBetter: 0, outstanding: 0 }, false)).toEqual([]);
  });
});
