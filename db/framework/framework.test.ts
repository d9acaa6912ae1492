import { describe, it, expect } from 'vitest';
import { addDays } from '../../contract/rules/dates';
import type { Grade, SccifArea } from '../../contract/framework';
import { hallmarksV1 } from './hallmarks-v1';
import { currentFramework, frameworkByVersion, frameworks } from './index';

const GRADES: Grade[] = [4, 3, 2, 1];
const SCCIF_AREAS: SccifArea[] = ['experiences', 'protection', 'leadership'];
const QUALITY_STANDARDS = [6, 7, 8, 9, 10, 11, 12, 13, 14];
const KEY_PATTERN = /^[a-z0-9.-]+$/;

const fw = hallmarksV1;
const indicators = fw.domains.flatMap((d) => d.indicators.map((i) => ({ ...i, domain: d.key })));

/** Every string in the framework, with a path saying where it lives, for the text checks. */
function allStrings(value: unknown, path = 'framework'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  }
  return [];
}

describe('hallmarks framework v1', () => {
  it('is version 1 of the hallmarks framework with an ISO publication date', () => {
    expect(fw.key).toBe('hallmarks');
    expect(fw.version).toBe(1);
    expect(fw.title).toBe("Hallmarks of outstanding children's homes");
    expect(fw.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(addDays(fw.publishedOn, 0)).toBe(fw.publishedOn);
  });

  it('has the eight domains, numbered 1 to 8, in order', () => {
    expect(fw.domains.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fw.domains.map((d) => d.key)).toEqual([
      'leadership',
      'staffing',
      'voice',
      'aspirations',
      'education',
      'workforce',
      'relationships',
      'safety',
    ]);
  });

  it('gives every domain 4 to 6 indicators, each with 2 to 4 evidence prompts', () => {
    for (const d of fw.domains) {
      expect(d.indicators.length, d.key).toBeGreaterThanOrEqual(4);
      expect(d.indicators.length, d.key).toBeLessThanOrEqual(6);
      for (const i of d.indicators) {
        expect(i.evidencePrompts.length, i.key).toBeGreaterThanOrEqual(2);
        expect(i.evidencePrompts.length, i.key).toBeLessThanOrEqual(4);
      }
    }
  });

  it('uses unique, well-formed keys across domains, indicators and evidence sources', () => {
    const keys = [
      ...fw.domains.map((d) => d.key),
      ...indicators.map((i) => i.key),
      ...fw.evidenceSources.map((s) => s.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(KEY_PATTERN);
  });

  it('describes all four grades for every domain', () => {
    for (const d of fw.domains) {
      expect(
        Object.keys(d.grades)
          .map(Number)
          .sort((a, b) => a - b),
        d.key,
      ).toEqual([1, 2, 3, 4]);
      for (const g of GRADES) expect(d.grades[g].trim(), `${d.key} grade ${g}`).not.toBe('');
    }
  });

  it('maps every domain to at least one Quality Standard (6 to 14) and one SCCIF area', () => {
    for (const d of fw.domains) {
      expect(d.qualityStandards.length, d.key).toBeGreaterThan(0);
      for (const qs of d.qualityStandards) expect(QUALITY_STANDARDS, d.key).toContain(qs);
      expect(d.sccifAreas.length, d.key).toBeGreaterThan(0);
      for (const a of d.sccifAreas) expect(SCCIF_AREAS, d.key).toContain(a);
    }
  });

  it('maps every Quality Standard 6 to 14 from at least one domain', () => {
    const mapped = new Set(fw.domains.flatMap((d) => d.qualityStandards));
    for (const qs of QUALITY_STANDARDS) expect(mapped.has(qs), `QS ${qs}`).toBe(true);
  });

  it('has exactly three safeguarding indicators, the first three of the safety domain', () => {
    const safeguarding = indicators.filter((i) => i.safeguarding);
    expect(safeguarding).toHaveLength(3);
    for (const i of safeguarding) expect(i.domain).toBe('safety');
    const safety = fw.domains.find((d) => d.key === 'safety');
    expect(safety?.indicators.slice(0, 3).every((i) => i.safeguarding === true)).toBe(true);
  });

  it('marks only leadership and safety as limiting domains', () => {
    const limiting = fw.domains.filter((d) => d.limiting).map((d) => [d.key, d.limiting]);
    expect(limiting).toEqual([
      ['leadership', 'leadership'],
      ['safety', 'safeguarding'],
    ]);
  });

  it('labels every rating, including "not enough evidence"', () => {
    expect(fw.ratingLabels).toEqual({
      4: 'Outstanding',
      3: 'Good',
      2: 'Requires improvement to be good',
      1: 'Inadequate',
      0: 'Not enough evidence yet',
    });
    for (const g of GRADES) expect(fw.gradeMeanings[g].trim()).not.toBe('');
  });

  it('titles every Quality Standard and SCCIF area', () => {
    expect(
      Object.keys(fw.qualityStandardTitles)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(QUALITY_STANDARDS);
    expect(Object.keys(fw.sccifAreaTitles).sort()).toEqual([...SCCIF_AREAS].sort());
  });

  it('has a list of evidence sources', () => {
    expect(fw.evidenceSources.length).toBeGreaterThanOrEqual(12);
    for (const s of fw.evidenceSources) expect(s.label.trim()).not.toBe('');
  });

  it("says the grades are the home's own, not a forecast of Ofsted's", () => {
    expect(fw.disclaimer).toMatch(/own/i);
    expect(fw.disclaimer).toMatch(/Ofsted/);
  });

  it('contains no empty text, placeholders or stray whitespace', () => {
    const strings = allStrings(fw);
    expect(strings.length).toBeGreaterThan(200);
    for (const { path, text } of strings) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/TODO|TBC|FIXME|lorem/i);
      expect(text, path).not.toMatch(/\s{2,}/);
    }
  });
});

describe('framework registry', () => {
  it('returns version 1 by number and keeps it for the reviews made with it', () => {
    expect(frameworkByVersion(1)).toBe(hallmarksV1);
    expect(currentFramework.version).toBe(3);
    expect(frameworks).toContain(currentFramework);
  });

  it('throws a clear error for an unknown version', () => {
    expect(() => frameworkByVersion(99)).toThrow(/Unknown framework version 99/);
  });

  it('holds each version once', () => {
    const versions = frameworks.map((f) => f.version);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
