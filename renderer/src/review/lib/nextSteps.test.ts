import { describe, expect, it } from 'vitest';
import type { IndicatorAnswer } from '@contract/review';
import { lastSourcesBefore, nextUnratedInDomain } from './nextSteps';

const answer = (key: string, domainKey: string, sources: string[], rating: 3 | null = null) =>
  ({ key, domainKey, sources, rating }) as IndicatorAnswer;

const review = [
  answer('a1', 'a', ['rotas'], 3),
  answer('b1', 'b', [], 3),
  answer('b2', 'b', []),
  answer('b3', 'b', []),
];

describe('next steps in a domain', () => {
  it('finds the last sources chosen before an indicator, across domains, live choices first', () => {
    expect(lastSourcesBefore(review, 'b2', {})).toEqual(['rotas']);
    expect(lastSourcesBefore(review, 'b2', { b1: ['daily-records'] })).toEqual(['daily-records']);
    expect(lastSourcesBefore(review, 'a1', {})).toBeNull();
  });

  it('finds the next unrated indicator in the same domain, wrapping round, or none', () => {
    const rating = (i: IndicatorAnswer) => i.rating;
    expect(nextUnratedInDomain(review, 'b1', rating)).toBe('b2');
    expect(nextUnratedInDomain(review, 'b3', rating)).toBe('b2');
    expect(nextUnratedInDomain(review, 'a1', rating)).toBeNull();
  });
});
