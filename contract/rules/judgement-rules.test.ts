import { describe, expect, it } from 'vitest';
import type { Grade, Rating } from '../framework';
import { overallLimit, ratingLabel, suggestDomainJudgement, suggestOverall } from './judgements';

const domains = (grades: Record<string, Grade | null>) => ({
  domainJudgements: grades,
  leadershipDomain: 'leadership',
  safeguardingRatings: [] as (Rating | null)[],
});

describe('domain judgement suggestions, at their edges', () => {
  it('names every rating in words', () => {
    expect(([4, 3, 2, 1, 0] as Rating[]).map(ratingLabel)).toEqual([
      'Outstanding',
      'Good',
      'Requires improvement to be good',
      'Inadequate',
      'Not enough evidence yet',
    ]);
  });

  it('counts the ratings best first, leaving out those nobody gave', () => {
    expect(suggestDomainJudgement([2, 4, 0, 4, 3]).reasons[0]).toBe(
      'Ratings: 2 Outstanding, 1 Good, 1 Requires improvement to be good, 1 Not enough evidence yet.',
    );
  });

  it('takes the true middle of an odd number of ratings, whatever their order', () => {
    expect(suggestDomainJudgement([4, 1, 3]).grade).toBe(2); // middle Good, capped by the Inadequate
    expect(suggestDomainJudgement([4, 4, 2]).grade).toBe(4);
    expect(suggestDomainJudgement([2, 4, 3]).grade).toBe(3);
    expect(suggestDomainJudgement([3, 3, 4, 4]).grade).toBe(3);
  });

  it('suggests when just over half have evidence, and not at exactly half', () => {
    expect(suggestDomainJudgement([3, 3, 0]).grade).toBe(3);
    expect(suggestDomainJudgement([3, 0]).grade).toBeNull();
    expect(suggestDomainJudgement([0, 0]).grade).toBeNull();
    expect(suggestDomainJudgement([0, 0]).reasons).toEqual([
      'Ratings: 2 Not enough evidence yet.',
      'Half or more of the indicators lack evidence, so no judgement is suggested.',
    ]);
  });

  it('leaves a Requires improvement or Inadequate middle as it is when an indicator is Inadequate', () => {
    expect(suggestDomainJudgement([1, 2, 2])).toEqual({
      grade: 2,
      reasons: [
        'Ratings: 2 Requires improvement to be good, 1 Inadequate.',
        'Most indicators are Requires improvement to be good.',
      ],
    });
    expect(suggestDomainJudgement([1, 1, 3]).grade).toBe(1);
  });

  it('says how many are still to rate', () => {
    expect(suggestDomainJudgement([3, null, null])).toEqual({
      grade: null,
      reasons: ['2 of 3 indicators not rated yet.'],
    });
  });
});

describe('overall judgement suggestions, at their edges', () => {
  it('takes the lower middle of the domain judgements', () => {
    expect(suggestOverall(domains({ a: 4, b: 3, leadership: 4, c: 2 }))).toEqual({
      grade: 3,
      reasons: ['Most domain judgements are Good or better.'],
    });
  });

  it('says how many domains are still to judge', () => {
    expect(suggestOverall(domains({ a: 4, b: null, leadership: null }))).toEqual({
      grade: null,
      reasons: ['2 of 3 domain judgements not decided yet.'],
    });
  });

  it('applies a cap only when the middle is above it, and then says why', () => {
    const capped = suggestOverall(domains({ a: 4, b: 4, leadership: 1 }));
    expect(capped.grade).toBe(2);
    expect(capped.reasons).toHaveLength(2);
    expect(capped.reasons[1]).toMatch(/^Leadership is judged Inadequate/);
    const under = suggestOverall(domains({ a: 1, b: 2, leadership: 1 }));
    expect(under).toEqual({ grade: 1, reasons: ['Most domain judgements are Inadequate.'] });
  });

  it('makes the overall Inadequate for an Inadequate safeguarding rating, ahead of the leadership rule', () => {
    const inputs = {
      ...domains({ a: 4, b: 4, leadership: 1 }),
      safeguardingRatings: [3, 1, null] as (Rating | null)[],
    };
    expect(overallLimit(inputs).cap).toBe(1);
    expect(suggestOverall(inputs)).toEqual({
      grade: 1,
      reasons: [
        'Most domain judgements are Outstanding.',
        'A safeguarding indicator is rated Inadequate, so the overall judgement is Inadequate.',
      ],
    });
  });

  it('is not limited by Requires improvement ratings in safeguarding or leadership', () => {
    const inputs = { ...domains({ a: 4, leadership: 2 }), safeguardingRatings: [2, 2] as (Rating | null)[] };
    expect(overallLimit(inputs)).toEqual({ cap: 4, reasons: [] });
  });
});
