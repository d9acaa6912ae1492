import { describe, expect, it } from 'vitest';
import type { Grade } from '../framework';
import { overallLimit, suggestDomainJudgement, suggestOverall } from './judgements';

describe('suggestDomainJudgement', () => {
  it('suggests the middle rating and says why', () => {
    const s = suggestDomainJudgement([4, 3, 3, 2]);
    expect(s.grade).toBe(3);
    expect(s.reasons.join(' ')).toMatch(/1 Outstanding, 2 Good, 1 Requires improvement/);
  });

  it('takes the lower of two middle ratings, to stay cautious', () => {
    expect(suggestDomainJudgement([4, 4, 3, 3]).grade).toBe(3);
  });

  it('says in plain words which grade most indicators have', () => {
    expect(suggestDomainJudgement([4, 3, 3, 2]).reasons).toContain('Most indicators are Good or better.');
    expect(suggestDomainJudgement([3, 3, 3, 2]).reasons).toContain('Most indicators are Good.');
    expect(suggestDomainJudgement([4, 4, 4, 3]).reasons).toContain('Most indicators are Outstanding.');
    expect(suggestDomainJudgement([4, 4, 3, 3]).reasons).toContain('Most indicators are Good or better.');
  });

  it('ignores "not enough evidence" when most indicators have some', () => {
    expect(suggestDomainJudgement([4, 4, 4, 0]).grade).toBe(4);
  });

  it('suggests nothing while half or more lack evidence', () => {
    const s = suggestDomainJudgement([3, 3, 0, 0]);
    expect(s.grade).toBeNull();
    expect(s.reasons.join(' ')).toMatch(/Half or more/);
  });

  it('suggests nothing until every indicator is rated', () => {
    expect(suggestDomainJudgement([3, null, 3]).grade).toBeNull();
  });

  it('never suggests better than Requires improvement when an indicator is Inadequate', () => {
    const s = suggestDomainJudgement([4, 4, 4, 4, 1]);
    expect(s.grade).toBe(2);
    expect(s.reasons.join(' ')).toMatch(/An indicator is Inadequate/);
  });
});

const domains = (grades: Grade[]) =>
  Object.fromEntries(grades.map((g, i) => [i === 0 ? 'leadership' : `d${i}`, g])) as Record<string, Grade>;

describe('limiting rules', () => {
  it('makes the overall Inadequate when a safeguarding indicator is Inadequate', () => {
    const inputs = {
      domainJudgements: domains([4, 4, 4, 4]),
      leadershipDomain: 'leadership',
      safeguardingRatings: [3, 1, 4] as (1 | 3 | 4)[],
    };
    expect(overallLimit(inputs).cap).toBe(1);
    const s = suggestOverall(inputs);
    expect(s.grade).toBe(1);
    expect(s.reasons.join(' ')).toMatch(/safeguarding indicator is rated Inadequate/);
  });

  it('caps the overall at Requires improvement when leadership is Inadequate', () => {
    const s = suggestOverall({
      domainJudgements: domains([1, 4, 4, 4, 4]),
      leadershipDomain: 'leadership',
      safeguardingRatings: [3, 3, 3],
    });
    expect(s.grade).toBe(2);
    expect(s.reasons.join(' ')).toMatch(/Leadership is judged Inadequate/);
  });

  it('leaves the overall alone when nothing limits it', () => {
    const inputs = {
      domainJudgements: domains([3, 4, 4, 3, 4]),
      leadershipDomain: 'leadership',
      safeguardingRatings: [3, 0, 4] as (0 | 3 | 4)[],
    };
    expect(overallLimit(inputs)).toEqual({ cap: 4, reasons: [] });
    expect(suggestOverall(inputs).grade).toBe(4);
  });

  it('suggests no overall until every domain is judged', () => {
    const s = suggestOverall({
      domainJudgements: { leadership: 3, other: null },
      leadershipDomain: 'leadership',
      safeguardingRatings: [],
    });
    expect(s.grade).toBeNull();
  });
});
