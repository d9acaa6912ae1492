import { describe, expect, it } from 'vitest';
import type { IndicatorAnswer, ReviewDetail } from '@contract/review';
import { changeOf, compareReviews, onlyChanges } from './compareReviews';

const answer = (key: string, rating: IndicatorAnswer['rating'], note: string): IndicatorAnswer => ({
  key,
  domainKey: 'staffing',
  statement: `Statement ${key}`,
  custom: false,
  rating,
  note,
  sources: [],
  otherSource: '',
  discuss: false,
  recordsReason: '',
  checkedSameOn: null,
  previous: null,
});

const review = (quarter: string, judgement: 1 | 2 | 3 | 4, indicators: IndicatorAnswer[]) =>
  ({
    quarter,
    indicators,
    domains: [{ key: 'staffing', judgement, rationale: `Why ${quarter}`, previousJudgement: null }],
  }) as unknown as ReviewDetail;

describe('changeOf', () => {
  it("uses Ofsted's interim words for grades, and 'changed' for evidence coming or going", () => {
    expect(changeOf(2, 3)).toBe('improved');
    expect(changeOf(3, 3)).toBe('sustained');
    expect(changeOf(3, 2)).toBe('declined');
    expect(changeOf(0, 3)).toBe('changed');
    expect(changeOf(null, 3)).toBe('changed');
  });
});

describe('compareReviews', () => {
  const before = review('2025-Q3', 2, [
    answer('a', 2, 'Agency cover most nights.'),
    answer('gone', 3, 'Old'),
  ]);
  const after = review('2026-Q1', 3, [answer('a', 3, 'Own staff cover nights.'), answer('b', 3, 'New one')]);
  const result = compareReviews(before, after, { staffing: 'Staffing' }, ['leadership', 'staffing']);

  it('pairs each indicator with both ratings and both notes', () => {
    expect(result).toHaveLength(1);
    const [staffing] = result;
    expect(staffing).toMatchObject({ title: 'Staffing', change: 'improved' });
    expect(staffing!.before).toEqual({ rating: 2, note: 'Why 2025-Q3' });
    expect(staffing!.indicators.map((i) => [i.key, i.change])).toEqual([
      ['a', 'improved'],
      ['b', 'new'],
      ['gone', 'removed'],
    ]);
    expect(staffing!.indicators[0]).toMatchObject({
      before: { rating: 2, note: 'Agency cover most nights.' },
      after: { rating: 3, note: 'Own staff cover nights.' },
    });
  });

  it('can leave out what held', () => {
    const same = compareReviews(before, before, {}, ['staffing']);
    expect(onlyChanges(same)).toEqual([]);
    expect(onlyChanges(result)[0]!.indicators).toHaveLength(3);
  });
});
