import { describe, expect, it } from 'vitest';
import { hallmarksV2 } from '../../db/framework/hallmarks-v2';
import type { Framework, Grade, Rating } from '../framework';
import { INADEQUATE_WARNING, suggestDomainJudgement } from './judgements';
import { INADEQUATE_LIKELY } from './safety-first';
import { experiencesCap, suggestSccif, type SccifState } from './sccif';

const fw = hallmarksV2;
const allIndicators = fw.domains.flatMap((d) => d.indicators.map((i) => i.key));

/** Every domain judged `domain`, every indicator rated `rating`, then the overrides. */
function state(
  domain: Grade,
  rating: Rating,
  overrides: { domains?: Record<string, Grade | null>; ratings?: Record<string, Rating | null> } = {},
  confirmed: SccifState['confirmed'] = {},
): SccifState {
  return {
    domainJudgements: { ...Object.fromEntries(fw.domains.map((d) => [d.key, domain])), ...overrides.domains },
    indicatorRatings: { ...Object.fromEntries(allIndicators.map((k) => [k, rating])), ...overrides.ratings },
    confirmed,
  };
}

describe('limiting rules on the three judgements (SCCIF 4.1)', () => {
  it('helped and protected Inadequate makes the overall Inadequate', () => {
    expect(experiencesCap(1, 4)).toEqual({ cap: 1, reasons: [expect.stringMatching(/limiting judgement/)] });
    const s = suggestSccif(fw, state(4, 4, {}, { protection: 1 }));
    expect(s.experiences.grade).toBe(1);
    expect(s.experiences.reasons.at(-1)).toMatch(
      /helped and protected is Inadequate\. That is a limiting judgement, so overall experiences and progress of children and young people is Inadequate/,
    );
  });

  it('helped and protected Inadequate decides the overall even before every domain is judged', () => {
    const s = suggestSccif(fw, state(3, 3, { domains: { voice: null } }, { protection: 1 }));
    expect(s.experiences.grade).toBe(1);
  });

  it('leaders and managers Inadequate caps the overall at requires improvement, saying Inadequate is likely', () => {
    const cap = experiencesCap(3, 1);
    expect(cap.cap).toBe(2);
    expect(cap.reasons[0]).toMatch(
      /no better than requires improvement to be good, and Inadequate is likely/,
    );
    const s = suggestSccif(fw, state(4, 4, {}, { leadership: 1 }));
    expect(s.experiences.grade).toBe(2);
    expect(suggestSccif(fw, state(1, 1, {}, { leadership: 1, protection: 2 })).experiences.grade).toBe(1);
  });

  it('applies no limit when neither is Inadequate', () => {
    expect(experiencesCap(2, 2)).toEqual({ cap: 4, reasons: [] });
    expect(experiencesCap(null, null)).toEqual({ cap: 4, reasons: [] });
  });

  it('uses the suggestion for a judgement not yet confirmed', () => {
    const s = suggestSccif(
      fw,
      state(4, 4, { domains: { safety: 1 }, ratings: { 'work.recruit': 1, 'rel.peers': 1 } }),
    );
    expect(s.protection.grade).toBe(1);
    expect(s.experiences.grade).toBe(1);
  });
});

describe('suggestions with their reasons', () => {
  it('helped and protected: the safety domain and its safeguarding indicators first, then behaviour, consequences, peers, safer recruitment', () => {
    const s = suggestSccif(
      fw,
      state(3, 3, { domains: { safety: 2 }, ratings: { 'rel.behaviour-progress': 2, 'work.recruit': 4 } }),
    );
    // The middle of these is Good, but the safety domain is requires improvement: safety decides.
    expect(s.protection.grade).toBe(2);
    expect(s.protection.reasons).toEqual([
      'Informed by Keeping children safe, consistency and quality assurance (domain): Requires improvement to be good; Risks to each child: Good; Missing from care: Good; Allegations, concerns and notifications: Good; Behaviour and restraint: Requires improvement to be good; Consequences, searches and police involvement: Good; Bullying and harm between children: Good; Safer recruitment: Outstanding.',
      'How well children and young people are helped and protected starts from whether children are safe.',
      'Keeping children safe, consistency and quality assurance (domain) is Requires improvement to be good, so how well children and young people are helped and protected can be no better.',
    ]);
    expect(s.protection.warnings).toEqual([]);
    expect(s.protection.inadequateLikely).toBe(false);
  });

  it('leaders and managers: leadership, staffing, workforce and the monitoring indicators', () => {
    const s = suggestSccif(
      fw,
      state(3, 3, { domains: { leadership: 2, staffing: 2, workforce: 2 }, ratings: { 'safe.trends': 2 } }),
    );
    expect(s.leadership.grade).toBe(2);
    expect(s.leadership.reasons[0]).toMatch(/^Informed by Leadership, vision and visibility \(domain\)/);
    expect(s.leadership.reasons[0]).toMatch(
      /Acting on Regulation 44 visits: Good; Regulation 45 reviews: Good; Monitoring quarterly results: Requires improvement/,
    );
  });

  it('overall experiences and progress: the middle of every domain judgement', () => {
    const s = suggestSccif(
      fw,
      state(3, 3, { domains: { voice: 4, education: 4, aspirations: 4, leadership: 4 } }),
    );
    expect(s.experiences.grade).toBe(3);
    expect(s.experiences.reasons[0]!.match(/\(domain\)/g)).toHaveLength(8);
    expect(suggestSccif(fw, state(4, 3, { domains: { safety: 2 } })).experiences.grade).toBe(4);
  });

  it('suggests nothing while something that informs it is undecided, and says what', () => {
    const s = suggestSccif(fw, state(3, 3, { domains: { safety: null }, ratings: { 'work.recruit': null } }));
    expect(s.protection.grade).toBeNull();
    expect(s.protection.reasons).toEqual([
      'Still to decide: Keeping children safe, consistency and quality assurance (domain); Safer recruitment.',
    ]);
  });

  it('leaves out "not enough evidence" ratings from the middle', () => {
    const s = suggestSccif(
      fw,
      state(3, 3, { ratings: { 'rel.peers': 0, 'work.recruit': 0, 'rel.consequences': 0 } }),
    );
    expect(s.protection.grade).toBe(3);
    expect(s.protection.reasons[0]).toMatch(/Bullying and harm between children: Not enough evidence yet/);
  });

  it('an Inadequate input to helped and protected keeps it below Good', () => {
    const s = suggestSccif(fw, state(3, 3, { ratings: { 'work.recruit': 1 } }));
    expect(s.protection.grade).toBe(2);
    expect(s.protection.reasons).toContain(
      'Safer recruitment is Inadequate, so the suggestion is requires improvement to be good at best.',
    );
  });

  it('warns, without deciding, when a single input to leaders and managers is Inadequate', () => {
    const s = suggestSccif(fw, state(3, 3, { ratings: { 'safe.trends': 1 } }));
    expect(s.leadership.grade).toBe(3);
    expect(s.leadership.warnings).toEqual([
      'Monitoring quarterly results is Inadequate. On its own it does not decide this judgement, but check whether it leaves children unsafe.',
    ]);
  });

  it('refuses a version 1 framework, which has no SCCIF judgements', () => {
    expect(() => suggestSccif({ ...fw, sccif: undefined }, state(3, 3))).toThrow(/no SCCIF judgements/);
  });
});

describe('how helped and protected explains itself', () => {
  const GOOD_INPUTS =
    'Risks to each child: Good; Missing from care: Good; Allegations, concerns and notifications: Good; Behaviour and restraint: Good; Consequences, searches and police involvement: Good; Bullying and harm between children: Good; Safer recruitment: Good.';

  it('with nothing below Good, it gives the middle and no sentence about safety', () => {
    expect(suggestSccif(fw, state(3, 3)).protection).toEqual({
      grade: 3,
      reasons: [
        `Informed by Keeping children safe, consistency and quality assurance (domain): Good; ${GOOD_INPUTS}`,
        'The middle of these is Good.',
      ],
      warnings: [],
      inadequateLikely: false,
    });
  });

  it('the safety domain judged Good holds an otherwise Outstanding picture at Good, and says so', () => {
    const s = suggestSccif(fw, state(4, 4, { domains: { safety: 3 } }));
    expect(s.protection.grade).toBe(3);
    expect(s.protection.reasons.slice(1)).toEqual([
      'The middle of these is Outstanding, but the safety domain and its safeguarding indicators are Good at best, so how well children and young people are helped and protected can be no better.',
    ]);
  });

  it('the safety domain judged Inadequate makes it Inadequate, and says why once', () => {
    const s = suggestSccif(fw, state(3, 3, { domains: { safety: 1 } }));
    expect(s.protection.grade).toBe(1);
    expect(s.protection.reasons).toEqual([
      `Informed by Keeping children safe, consistency and quality assurance (domain): Inadequate; ${GOOD_INPUTS}`,
      'Keeping children safe, consistency and quality assurance (domain) is Inadequate, so how well children and young people are helped and protected can be no better.',
    ]);
  });

  it('only helped and protected ever says Inadequate is likely', () => {
    const s = suggestSccif(fw, state(3, 3, { ratings: { 'safe.risks': 1, 'safe.trends': null } }));
    expect(s.protection.inadequateLikely).toBe(true);
    expect(s.protection.warnings).toEqual([INADEQUATE_LIKELY]);
    // Leaders and managers still has something to decide; the overall has its suggestion.
    expect(s.leadership.grade).toBeNull();
    expect(s.leadership.inadequateLikely).toBe(false);
    expect(s.experiences.grade).toBe(3);
    expect(s.experiences.inadequateLikely).toBe(false);
  });
});

describe('how leaders and managers explains itself', () => {
  it('names every domain and indicator that informs it, each with its own rating, then the middle', () => {
    const s = suggestSccif(fw, state(3, 3, { domains: { staffing: 2 } }));
    expect(s.leadership).toEqual({
      grade: 3,
      reasons: [
        'Informed by Leadership, vision and visibility (domain): Good; Staffing continuity and stability (domain): Requires improvement to be good; Recruiting, inducting and developing staff (domain): Good; Acting on Regulation 44 visits: Good; Regulation 45 reviews: Good; Monitoring quarterly results: Good.',
        'The middle of these is Good.',
      ],
      warnings: [],
      inadequateLikely: false,
    });
  });

  it('"not enough evidence" on half its inputs does not pull the middle down', () => {
    const s = suggestSccif(
      fw,
      state(4, 4, { ratings: { 'safe.reg44': 0, 'safe.reg45': 0, 'safe.trends': 0 } }),
    );
    expect(s.leadership.grade).toBe(4);
    expect(s.leadership.reasons[1]).toBe('The middle of these is Outstanding.');
  });
});

describe('frameworks that list the SCCIF inputs differently', () => {
  const sccif = fw.sccif!;

  it('a judgement informed only by indicators, none with enough evidence, suggests nothing and says why', () => {
    const indicatorsOnly: Framework = {
      ...fw,
      sccif: { ...sccif, leadership: { domains: [], indicators: sccif.leadership.indicators } },
    };
    const s = suggestSccif(
      indicatorsOnly,
      state(3, 3, { ratings: { 'safe.reg44': 0, 'safe.reg45': 0, 'safe.trends': 0 } }),
    );
    expect(s.leadership).toEqual({
      grade: null,
      reasons: [
        'Informed by Acting on Regulation 44 visits: Not enough evidence yet; Regulation 45 reviews: Not enough evidence yet; Monitoring quarterly results: Not enough evidence yet.',
        'None has enough evidence yet.',
      ],
      warnings: [],
      inadequateLikely: false,
    });
  });

  it('without safeguarding indicators listed, or with a domain the framework does not hold, it still suggests, naming that domain by its key', () => {
    const other: Framework = {
      ...fw,
      sccif: {
        protection: { domains: ['safeguarding'], indicators: [sccif.protection.indicators[2]!] },
        leadership: { domains: ['leadership', 'oversight'], indicators: [] },
      },
    };
    const s = suggestSccif(other, state(3, 3, { domains: { safeguarding: 3, oversight: 2 } }));
    expect(s.protection.grade).toBe(3);
    expect(s.protection.reasons[0]).toBe(
      'Informed by safeguarding (domain): Good; Bullying and harm between children: Good.',
    );
    expect(s.leadership.grade).toBe(2);
    expect(s.leadership.reasons[0]).toBe(
      'Informed by Leadership, vision and visibility (domain): Good; oversight (domain): Requires improvement to be good.',
    );
  });
});

describe('a single inadequate indicator in a domain', () => {
  it('caps the domain in version 1 but is a strong warning from version 2', () => {
    expect(suggestDomainJudgement([4, 4, 4, 1]).grade).toBe(2);
    const v2 = suggestDomainJudgement([4, 4, 4, 1], { inadequateCaps: false });
    expect(v2.grade).toBe(4);
    expect(v2.reasons).toContain(INADEQUATE_WARNING);
  });
});
