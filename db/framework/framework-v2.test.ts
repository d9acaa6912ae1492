import { SCCIF_LABELS } from '../../contract/actions';
import { describe, expect, it } from 'vitest';
import type { FrameworkIndicator } from '../../contract/framework';
import { QUALITY_STANDARDS } from '../../contract/reg45-draft';
import { hallmarksV1 } from './hallmarks-v1';
import { hallmarksV2 } from './hallmarks-v2';
import { currentFramework, frameworkByVersion } from './index';

const fw = hallmarksV2;
const domain = (key: string) => fw.domains.find((d) => d.key === key)!;
const indicators = fw.domains.flatMap((d) => d.indicators.map((i) => ({ ...i, domain: d.key })));
const indicator = (key: string): FrameworkIndicator & { domain: string } =>
  indicators.find((i) => i.key === key)!;
const text = (value: unknown) => JSON.stringify(value);

describe('framework v2: the registry', () => {
  it('is kept for the reviews made with it, as version 1 is for older ones', () => {
    expect(currentFramework.version).toBeGreaterThan(2);
    expect(frameworkByVersion(2)).toBe(hallmarksV2);
    expect(frameworkByVersion(1)).toBe(hallmarksV1);
    expect(hallmarksV1.version).toBe(1);
    expect(text(hallmarksV1)).toMatch(/Missing-from-home log/);
    expect(hallmarksV1.domains.find((d) => d.key === 'education')!.indicators.map((i) => i.key)).toContain(
      'edu.post16',
    );
  });

  it('keeps the eight domains with 4 to 7 indicators, unique keys and known evidence sources', () => {
    expect(fw.domains.map((d) => d.key)).toEqual(hallmarksV1.domains.map((d) => d.key));
    for (const d of fw.domains) {
      expect(d.indicators.length, d.key).toBeGreaterThanOrEqual(4);
      expect(d.indicators.length, d.key).toBeLessThanOrEqual(7);
    }
    expect(new Set(indicators.map((i) => i.key)).size).toBe(indicators.length);
    expect(indicators.length).toBeGreaterThanOrEqual(48);
    const sources = new Set(fw.evidenceSources.map((s) => s.key));
    expect(sources.size).toBe(fw.evidenceSources.length);
    for (const d of fw.domains) {
      expect(d.evidenceShortlist!.length, d.key).toBeGreaterThanOrEqual(4);
      expect(d.evidenceShortlist!.length, d.key).toBeLessThanOrEqual(6);
      for (const s of d.evidenceShortlist!) expect(sources.has(s), `${d.key}: ${s}`).toBe(true);
    }
  });
});

describe('framework v2: corrections', () => {
  it('maps challenging placing authorities to regulation 5 and lists regulation 5', () => {
    expect(indicator('lead.challenge').statement).toMatch(/challenge placing authorities/);
    expect(indicator('lead.challenge').regulations).toEqual([5]);
    expect(domain('leadership').qualityStandards).toContain(5);
    expect(fw.qualityStandardTitles[5]).toBe(
      "Engaging with the wider system to ensure children's needs are met",
    );
  });

  it('names each Quality Standard as the Reg 45 draft does, so one standard has one name', () => {
    const plain = (t: string) =>
      t
        .replace(/’/g, "'")
        .toLowerCase()
        .replace(/^the | standard$/g, '');
    expect(Object.keys(fw.qualityStandardTitles).map(Number)).toEqual(
      Object.keys(QUALITY_STANDARDS).map(Number),
    );
    for (const [reg, title] of Object.entries(fw.qualityStandardTitles)) {
      expect(plain(title), `regulation ${reg}`).toBe(plain(QUALITY_STANDARDS[Number(reg)]!));
    }
  });

  it("answers Reg 44 recommendations within the timescales the independent person's report sets", () => {
    // Regulation 44(5): the report may give "timescales within which the registered person must consider
    // whether or not to take those actions". They are the independent person's, not agreed.
    expect(indicator('safe.reg44').statement).toBe(
      "Each recommendation from a Regulation 44 visit is considered and answered within the timescale the independent person's report sets.",
    );
    expect(indicator('safe.reg44').regulations).toEqual([44]);
  });

  it('asks about 16- and 17-year-olds in education or training, not "education, training or work over 16"', () => {
    const keys = domain('education').indicators.map((i) => i.key);
    expect(keys).not.toContain('edu.post16');
    expect(indicator('edu.participation').statement).toBe(
      'Young people aged 16 and 17 are in education or training, including apprenticeships or work with training.',
    );
    expect(text(domain('education'))).not.toMatch(/training or work/);
  });

  it("has return-home interviews offered by the local authority, and the home's own welcome-back talk", () => {
    const missing = indicator('safe.missing-from-care');
    expect(indicators.map((i) => i.key)).not.toContain('safe.missing');
    expect(missing.statement).toMatch(
      /local authority's return-home interview was requested and offered in time/,
    );
    expect(missing.statement).toMatch(/own welcome-back talk/);
    expect(missing.statement).toMatch(/shares what was learned/);
    expect(missing.evidencePrompts.join(' ')).toMatch(
      /requested and offered, did it take place within 72 hours/,
    );
    expect(missing.evidencePrompts.join(' ')).toMatch(/did the child decline it/);
    expect(missing.evidencePrompts.join(' ')).toMatch(/who was it shared with/);
  });

  it("judges behaviour against each child's starting point and the home's purpose, not rare incidents", () => {
    expect(indicators.map((i) => i.key)).not.toContain('rel.behaviour');
    expect(indicator('rel.behaviour-progress').statement).toMatch(
      /each child's starting point and the home's purpose/,
    );
    expect(text(domain('relationships'))).not.toMatch(/very rare|restraint is rare/);
    // Regulation 35: every measure, three clocks, never one "recorded and talked through" figure.
    const behaviour = indicator('rel.behaviour-progress');
    expect(behaviour.statement).toMatch(
      /every measure of control, discipline or restraint is recorded within 24 hours/,
    );
    expect(behaviour.statement).toMatch(
      /within 48 hours the registered or authorised person speaks to the staff member and signs/,
    );
    expect(behaviour.statement).toMatch(/within 5 days confirms they have spoken to the child/);
    expect(text(domain('relationships'))).not.toMatch(/talked through with the child/);
    expect(domain('relationships').grades[3]).toMatch(/starting point/);
  });

  it('puts children being safe and feeling safe in the safety domain grade descriptors', () => {
    const safety = domain('safety');
    expect(safety.grades[4]).toMatch(/safe, feel safe/);
    expect(safety.grades[3]).toMatch(/Children are safe and feel safe/);
    expect(safety.grades[1]).toMatch(/not kept safe or do not feel safe/);
    expect(safety.title).toMatch(/Keeping children safe/);
  });

  it('says "missing from care", never "missing from home"', () => {
    expect(text(fw)).not.toMatch(/missing from home|missing-from-home/i);
    expect(fw.evidenceSources.find((s) => s.key === 'missing-log')!.label).toBe('Missing-from-care log');
  });

  it('softens the summaries that claimed more than the 2011 report found', () => {
    expect(domain('leadership').summary).toMatch(/frequent contact/);
    expect(domain('leadership').summary).not.toMatch(/every day/);
    expect(domain('voice').summary).not.toMatch(/the clearest sign|the one that mattered most/);
  });

  it('moves the limiting rules to the three judgements: no limiting domain or safeguarding indicator', () => {
    expect(fw.domains.filter((d) => d.limiting)).toEqual([]);
    expect(indicators.filter((i) => i.safeguarding)).toEqual([]);
    expect(text(fw.domains.map((d) => d.summary))).not.toMatch(/overall grade is inadequate|no better than/);
    expect(fw.sccif!.protection.domains).toEqual(['safety']);
    expect(fw.sccif!.protection.indicators.map((i) => i.key)).toEqual([
      'rel.behaviour-progress',
      'rel.consequences',
      'rel.peers',
      'work.recruit',
    ]);
    expect(fw.sccif!.leadership.domains).toEqual(['leadership', 'staffing', 'workforce']);
    for (const i of [...fw.sccif!.protection.indicators, ...fw.sccif!.leadership.indicators])
      expect(indicator(i.key), i.key).toBeDefined();
  });

  it('describes Good as the benchmark of positive impact and drops "three quarters in a row"', () => {
    expect(fw.gradeMeanings[3]).toMatch(
      /^Good is the benchmark: care and help have a clear, positive impact/,
    );
    expect(fw.gradeMeanings[3]).not.toMatch(/Every indicator is met/);
    expect(text(fw.gradeMeanings)).not.toMatch(/three quarters/);
    for (const g of [4, 3, 2, 1] as const) {
      expect(fw.gradeShortMeanings![g].length, `grade ${g}`).toBeLessThanOrEqual(60);
    }
  });
});

describe('framework v2: new indicators inspectors look at every time', () => {
  it.each([
    [
      'edu.progress',
      'education',
      /measurable progress towards their personal education plan \(PEP\) targets from their own starting point/,
      [8],
    ],
    ['rel.peers', 'relationships', /bullying and harm between children/, [34]],
    ['asp.medicines', 'aspirations', /Medicines are stored, given and recorded safely/, [23]],
    // Regulation 19 (behaviour management policies) as well as 35 (its records).
    ['rel.consequences', 'relationships', /searches.*police.*not criminalised unnecessarily/, [19, 35]],
    ['asp.homely', 'aspirations', /homely, well kept/, undefined],
  ])('%s', (key, domainKey, statement, regulations) => {
    const found = indicator(key);
    expect(found.domain).toBe(domainKey);
    expect(found.statement).toMatch(statement);
    expect(found.regulations).toEqual(regulations);
    expect(found.evidencePrompts.length).toBeGreaterThanOrEqual(2);
  });

  it('regulation 12 covers the peer indicator through its domain', () => {
    expect(domain('relationships').qualityStandards).toContain(12);
  });

  it('adds the missing evidence sources', () => {
    const labels = fw.evidenceSources.map((s) => s.label);
    for (const label of [
      "Children's files and placement plans",
      'Daily records',
      'Direct observation',
      'Staff files and safer-recruitment checks',
      'Health and safety and location risk assessments',
      'Safeguarding and LADO records',
    ])
      expect(labels).toContain(label);
  });
});

describe('framework v2: stated as the regulations state them (issue 22)', () => {
  it('maps missing from care to regulation 34, and supervision with appraisal to regulation 33', () => {
    expect(indicator('safe.missing-from-care').regulations).toEqual([34]);
    expect(indicator('work.supervision').statement).toMatch(/an appraisal at least once a year/);
    expect(indicator('work.supervision').regulations).toEqual([33]);
  });

  it("words Level 3 as the regulations do: an equivalent, any children's home, and a recorded later date", () => {
    expect(indicator('work.training').statement).toMatch(
      /Level 3 Diploma, or a qualification the registered person considers equivalent, or gain it within 2 years of starting work in a care role in a children's home \(or by a later date that has been agreed and recorded\)/,
    );
  });

  it("quotes the 2011 report's words and claims nothing it does not", () => {
    const summary = (key: string) => fw.domains.find((d) => d.key === key)!.summary;
    expect(summary('voice')).toMatch(/"the defining hallmark of quality"/);
    expect(summary('education')).toMatch(/education "was also a high priority"/);
    expect(JSON.stringify(fw)).not.toMatch(/sound safeguarding/);
    // Nor the first framework, which completed reviews keep: the report credits leadership and staffing.
    expect(JSON.stringify(hallmarksV1)).not.toMatch(/sound safeguarding/);
  });
});

describe('the three SCCIF judgements are named in full, the same everywhere', () => {
  it('in the framework and in the Ofsted records', () => {
    expect(Object.values(fw.sccifAreaTitles)).toEqual([
      'Overall experiences and progress of children and young people',
      'How well children and young people are helped and protected',
      'The effectiveness of leaders and managers',
    ]);
    expect(Object.values(SCCIF_LABELS)).toEqual(Object.values(fw.sccifAreaTitles));
  });
});
