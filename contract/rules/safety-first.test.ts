import { describe, expect, it } from 'vitest';
import { hallmarksV2 } from '../../db/framework/hallmarks-v2';
import type { Grade, Rating } from '../framework';
import { INADEQUATE_LIKELY, monitoringPrompt, reasonAsked } from './safety-first';
import { suggestSccif, type SccifState } from './sccif';

const fw = hallmarksV2;
const allIndicators = fw.domains.flatMap((d) => d.indicators.map((i) => i.key));

/** Every domain Good and every indicator Good, then the case's own values. */
function state(domains: Record<string, Grade | null>, ratings: Record<string, Rating | null>): SccifState {
  return {
    domainJudgements: { ...Object.fromEntries(fw.domains.map((d) => [d.key, 3])), ...domains },
    indicatorRatings: { ...Object.fromEntries(allIndicators.map((k) => [k, 3])), ...ratings },
    confirmed: {},
  };
}

const SAFEGUARDING = ['safe.risks', 'safe.missing-from-care', 'safe.allegations'] as const;
const OTHERS = ['rel.behaviour-progress', 'rel.consequences', 'rel.peers', 'work.recruit'] as const;
const every = (keys: readonly string[], rating: Rating) => Object.fromEntries(keys.map((k) => [k, rating]));

interface Case {
  name: string;
  domain: Grade | null;
  ratings: Record<string, Rating | null>;
  expected: Grade | null;
  inadequateLikely: boolean;
}

/** Helped and protected: the input sets and the suggestion each must give. */
const CASES: Case[] = [
  {
    name: 'the sample quarter: missing from care Inadequate, the safety domain requires improvement',
    domain: 2,
    ratings: { 'safe.missing-from-care': 1 },
    expected: 2,
    inadequateLikely: true,
  },
  {
    name: 'the safety domain Inadequate and the four other inputs Good',
    domain: 1,
    ratings: {},
    expected: 1,
    inadequateLikely: false,
  },
  {
    name: 'the safety domain Inadequate decides it while other inputs are still to rate',
    domain: 1,
    ratings: { 'rel.peers': null, 'work.recruit': null },
    expected: 1,
    inadequateLikely: false,
  },
  {
    name: 'a safeguarding indicator Inadequate while the safety domain is Good',
    domain: 3,
    ratings: { 'safe.allegations': 1 },
    expected: 2,
    inadequateLikely: true,
  },
  {
    name: 'a safeguarding indicator Inadequate while everything else is Outstanding',
    domain: 4,
    ratings: { ...every(OTHERS, 4), 'safe.risks': 4, 'safe.missing-from-care': 4, 'safe.allegations': 1 },
    expected: 2,
    inadequateLikely: true,
  },
  {
    name: 'every input Good',
    domain: 3,
    ratings: {},
    expected: 3,
    inadequateLikely: false,
  },
  {
    name: 'every input Outstanding',
    domain: 4,
    ratings: { ...every(SAFEGUARDING, 4), ...every(OTHERS, 4) },
    expected: 4,
    inadequateLikely: false,
  },
  {
    name: 'everything Outstanding but one safeguarding indicator Good: no better than the lowest',
    domain: 4,
    ratings: { ...every(OTHERS, 4), 'safe.risks': 4, 'safe.missing-from-care': 3, 'safe.allegations': 4 },
    expected: 3,
    inadequateLikely: false,
  },
  {
    name: 'the safety domain Good and everything else Outstanding: no better than the domain',
    domain: 3,
    ratings: { ...every(SAFEGUARDING, 4), ...every(OTHERS, 4) },
    expected: 3,
    inadequateLikely: false,
  },
  {
    name: 'a safeguarding indicator requires improvement while the domain is Good',
    domain: 3,
    ratings: { 'safe.risks': 2 },
    expected: 2,
    inadequateLikely: false,
  },
  {
    name: 'a safeguarding indicator without enough evidence',
    domain: 3,
    ratings: { 'safe.missing-from-care': 0 },
    expected: 2,
    inadequateLikely: false,
  },
  {
    name: 'safer recruitment Inadequate, safety Good',
    domain: 3,
    ratings: { 'work.recruit': 1 },
    expected: 2,
    inadequateLikely: false,
  },
  {
    name: 'most other inputs require improvement while safety is Good: the middle is lower still',
    domain: 3,
    ratings: { 'rel.behaviour-progress': 2, 'rel.consequences': 2, 'rel.peers': 2, 'work.recruit': 2 },
    expected: 2,
    inadequateLikely: false,
  },
  {
    name: 'a safeguarding indicator still to rate',
    domain: 3,
    ratings: { 'safe.risks': null },
    expected: null,
    inadequateLikely: false,
  },
  {
    name: 'the safety domain still to judge',
    domain: null,
    ratings: {},
    expected: null,
    inadequateLikely: false,
  },
];

describe('helped and protected is suggested from safety, not from a median', () => {
  it.each(CASES)('$name', ({ domain, ratings, expected, inadequateLikely }) => {
    const s = suggestSccif(fw, state({ safety: domain }, ratings)).protection;
    expect(s.grade).toBe(expected);
    expect(s.inadequateLikely).toBe(inadequateLikely);
    expect(s.warnings).toEqual(inadequateLikely ? [INADEQUATE_LIKELY] : []);
  });

  it('says "Inadequate is likely: say how children are safe now" for an Inadequate safeguarding indicator', () => {
    const s = suggestSccif(fw, state({ safety: 2 }, { 'safe.missing-from-care': 1 })).protection;
    expect(s.warnings).toEqual(['Inadequate is likely: say how children are safe now.']);
    expect(s.reasons).toContain(
      'Missing from care is Inadequate, so the suggestion is requires improvement to be good at best.',
    );
  });

  it('never suggests better than the safety domain or any safeguarding indicator, whatever the rest', () => {
    const grades: Rating[] = [0, 1, 2, 3, 4];
    for (const domain of [1, 2, 3, 4] as Grade[])
      for (const risk of grades)
        for (const rest of [1, 2, 3, 4] as Grade[]) {
          const s = suggestSccif(
            fw,
            state({ safety: domain }, { ...every(OTHERS, rest), 'safe.risks': risk }),
          ).protection;
          const lowest = Math.min(domain, risk === 0 ? 2 : risk === 1 ? 2 : risk);
          expect(s.grade, `domain ${domain}, risks ${risk}, rest ${rest}`).not.toBeNull();
          expect(s.grade!, `domain ${domain}, risks ${risk}, rest ${rest}`).toBeLessThanOrEqual(lowest);
        }
  });

  it('the overall follows: helped and protected suggested Inadequate makes the overall Inadequate', () => {
    expect(suggestSccif(fw, state({ safety: 1 }, {})).experiences.grade).toBe(1);
  });
});

describe('what the manager is asked to write', () => {
  const base = { suggested: 3 as Grade, inadequateLikely: false, protection: 3 as Grade };
  const REASONS: [string, Parameters<typeof reasonAsked>[0], string | null][] = [
    [
      'a change from the suggestion',
      { ...base, area: 'experiences', judgement: 4 },
      'Why you changed the suggestion',
    ],
    ['the suggestion accepted', { ...base, area: 'experiences', judgement: 3 }, null],
    [
      'Inadequate chosen where Inadequate is likely',
      { ...base, area: 'protection', judgement: 1, suggested: 2, inadequateLikely: true },
      null,
    ],
    [
      'requires improvement kept where Inadequate is likely',
      { ...base, area: 'protection', judgement: 2, suggested: 2, inadequateLikely: true },
      'How children are safe now',
    ],
    [
      'Good chosen where Inadequate is likely',
      { ...base, area: 'protection', judgement: 3, suggested: 2, inadequateLikely: true },
      'Why you changed the suggestion',
    ],
    [
      'leaders and managers Good while helped and protected requires improvement',
      { ...base, area: 'leadership', judgement: 3, protection: 2 },
      'Why the effectiveness of leaders and managers is still Good',
    ],
    [
      'leaders and managers Outstanding while helped and protected is Inadequate',
      { ...base, area: 'leadership', judgement: 4, suggested: 4, protection: 1 },
      'Why the effectiveness of leaders and managers is still Outstanding',
    ],
    [
      'leaders and managers requires improvement while helped and protected does too',
      { ...base, area: 'leadership', judgement: 2, suggested: 2, protection: 2 },
      null,
    ],
    [
      'leaders and managers Good while helped and protected is Good',
      { ...base, area: 'leadership', judgement: 3 },
      null,
    ],
    ['no judgement yet', { ...base, area: 'leadership', judgement: null, protection: 1 }, null],
  ];
  it.each(REASONS)('%s', (_name, context, label) => {
    expect(reasonAsked(context)?.label ?? null).toBe(label);
  });

  it('prompts on leaders and managers only while helped and protected is below Good', () => {
    expect(monitoringPrompt(2)).toBe(
      'How well children and young people are helped and protected is Requires improvement to be good. Did your own monitoring miss this? If the effectiveness of leaders and managers stays Good or better, say why.',
    );
    expect(monitoringPrompt(1)).toMatch(/is Inadequate\. Did your own monitoring miss this\?/);
    expect(monitoringPrompt(3)).toBeNull();
    expect(monitoringPrompt(null)).toBeNull();
  });
});
