import { describe, expect, it } from 'vitest';
import type { FrameworkIndicator } from '../../contract/framework';
import { standardsOf } from '../../contract/rules/reg45-standards';
import { hallmarksV2 } from './hallmarks-v2';
import { hallmarksV3 } from './hallmarks-v3';
import { currentFramework, frameworkByVersion, frameworks } from './index';

const fw = hallmarksV3;
const indicators = fw.domains.flatMap((d) => d.indicators.map((i) => ({ ...i, domain: d.key })));
const indicator = (key: string): (FrameworkIndicator & { domain: string }) | undefined =>
  indicators.find((i) => i.key === key);
const keysOf = (f: typeof fw) => f.domains.flatMap((d) => d.indicators.map((i) => i.key));

describe('framework v3: the registry', () => {
  it('is the version new reviews use; versions 1 and 2 stay for the reviews made with them', () => {
    expect(currentFramework).toBe(hallmarksV3);
    expect(frameworkByVersion(3)).toBe(hallmarksV3);
    expect(frameworkByVersion(2)).toBe(hallmarksV2);
    expect(frameworks.map((f) => f.version)).toEqual([1, 2, 3]);
    expect(fw.publishedOn > hallmarksV2.publishedOn).toBe(true);
  });

  it('keeps every version 2 indicator with its key and wording, and adds four', () => {
    const v2 = hallmarksV2.domains.flatMap((d) => d.indicators.map((i) => ({ ...i, domain: d.key })));
    for (const old of v2) expect(indicator(old.key), old.key).toEqual(old);
    expect(keysOf(fw).filter((k) => !keysOf(hallmarksV2).includes(k))).toEqual([
      'lead.far-from-home',
      'voice.identity',
      'rel.care-planning',
      'safe.liberty',
    ]);
    expect(keysOf(hallmarksV2)).not.toContain('safe.liberty');
  });

  it('keeps the eight domains, 4 to 8 indicators each, unique keys, and the same SCCIF inputs', () => {
    expect(fw.domains.map((d) => d.key)).toEqual(hallmarksV2.domains.map((d) => d.key));
    for (const d of fw.domains) {
      expect(d.indicators.length, d.key).toBeGreaterThanOrEqual(4);
      expect(d.indicators.length, d.key).toBeLessThanOrEqual(8);
      expect(d.evidenceShortlist, d.key).toEqual(hallmarksV2.domains[d.number - 1]!.evidenceShortlist);
    }
    expect(new Set(keysOf(fw)).size).toBe(keysOf(fw).length);
    expect(fw.sccif).toEqual(hallmarksV2.sccif);
  });
});

describe('framework v3: the new indicators and what they map to', () => {
  it.each([
    [
      'voice.identity',
      'voice',
      [6],
      [6],
      /culture, faith, ethnicity, language, any disability, their sexuality and their gender identity/,
    ],
    ['lead.far-from-home', 'leadership', [5], [5, 14], /live far from their home area/],
    [
      'rel.care-planning',
      'relationships',
      [14],
      [14],
      /placement plan.*kept under review.*looked-after children's reviews with their independent reviewing officer.*impact of each admission/,
    ],
    [
      'safe.liberty',
      'safety',
      [20, 24],
      [12],
      /deprived of their liberty only where a court has authorised it.*surveillance/,
    ],
  ])(
    '%s sits in %s, maps to regulations %j and prints under standards %j',
    (key, domain, regulations, standards, statement) => {
      const found = indicator(key)!;
      expect(found.domain).toBe(domain);
      expect(found.regulations).toEqual(regulations);
      expect(standardsOf(key, domain)).toEqual(standards);
      expect(found.statement).toMatch(statement);
      expect(found.evidencePrompts.length).toBeGreaterThanOrEqual(3);
      expect(found.safeguarding).toBeUndefined();
    },
  );

  it('asks about LAC/IRO reviews and impact risk assessments on admission', () => {
    const prompts = indicator('rel.care-planning')!.evidencePrompts.join(' ');
    expect(prompts).toMatch(/independent reviewing officer/);
    expect(prompts).toMatch(/impact risk assessment made before they arrived/);
  });

  it('says "missing from care" and keeps its own-judgement disclaimer', () => {
    expect(JSON.stringify(fw)).not.toMatch(/missing from home/i);
    expect(fw.disclaimer).toBe(hallmarksV2.disclaimer);
  });
});
