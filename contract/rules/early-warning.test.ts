import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MetricValues } from '../metric-fields';
import {
  earlyWarning,
  warningWindow,
  type EarlyWarningInput,
  type FiguresRecord,
  type SurveyRecord,
} from './early-warning';
import { SIGN_RULES } from './early-warning-thresholds';

// Today is in Oct to Dec 2026, so the window is the four quarters ending with Jul to Sep 2026.
const AS_OF = '2026-11-16';
const WINDOW = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

/** A steady quarter: 10 staff, one leaver, 5% agency, supervision on time, few incidents. */
const steady: MetricValues = {
  staffAtStart: 10,
  staffAtEnd: 10,
  staffLeft: 1,
  shiftsTotal: 600,
  shiftsAgency: 30,
  supervisionsDue: 30,
  supervisionsHeld: 29,
  managerMonthsInPost: 40,
  daysWithoutManager: 0,
  missingEpisodes: 2,
  restraintIncidents: 1,
};

/** Seven quarters of figures (three before the window, for the 12-month turnover), with changes per quarter. */
function figures(change: (quarter: string, index: number) => MetricValues = () => ({})): FiguresRecord[] {
  const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', ...WINDOW];
  return quarters.map((quarter, index) => ({
    quarter,
    values: { ...steady, managerMonthsInPost: 31 + 3 * index, ...change(quarter, index) },
    managerStatus: 'registered',
  }));
}

const survey = (quarter: string, safe: number[]): SurveyRecord => ({
  quarter,
  shown: true,
  questions: [
    {
      questionId: 1,
      wording: 'I feel safe here',
      scale: 'faces3',
      shown: true,
      counts: safe.map((count, value) => ({ value, label: String(value), count })),
    },
  ],
});

function stableHome(): EarlyWarningInput {
  return {
    asOf: AS_OF,
    figures: figures(),
    reg44: [
      { visitedOn: '2026-01-12', text: 'Update the fire risk assessment', topic: null },
      { visitedOn: '2026-04-10', text: 'Review the missing-from-care protocol', topic: null },
    ],
    teamRounds: [
      { quarter: '2025-Q4', reviewId: 1, compared: 40, belowManager: 1 },
      { quarter: '2026-Q3', reviewId: 4, compared: 40, belowManager: 2 },
    ],
    surveys: [survey('2026-Q1', [3, 1, 0]), survey('2026-Q4', [3, 1, 0])],
    appraisals: { inPost: 10, late: 1 },
  };
}

const kinds = (input: EarlyWarningInput) => earlyWarning(input).signs.map((s) => s.kind);

describe('early warning', () => {
  it('looks back over the four quarters ending with the one just ended', () => {
    expect(warningWindow(AS_OF)).toEqual(WINDOW);
    expect(warningWindow('2026-01-01')).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  it('a stable home shows no signs', () => {
    const result = earlyWarning(stableHome());
    expect(result.signs).toEqual([]);
    expect(result.quarters).toEqual(WINDOW);
    expect(result.quartersWithFigures).toBe(4);
  });

  it('a home showing three signs gets exactly those three, each saying what moved and where', () => {
    const input = stableHome();
    // Agency share climbs from 5% to 15%, supervision falls from 97% to 70%, and the same Reg 44 concern comes back.
    input.figures = figures((quarter) =>
      quarter === '2026-Q3' ? { shiftsAgency: 90, supervisionsHeld: 21 } : {},
    );
    input.reg44.push(
      {
        visitedOn: '2026-05-14',
        text: 'Supervision is behind',
        topic: { key: 'staff.supervision', label: '4.2 Supervision' },
      },
      {
        visitedOn: '2026-08-20',
        text: 'Supervision still behind',
        topic: { key: 'staff.supervision', label: '4.2 Supervision' },
      },
    );
    const { signs } = earlyWarning(input);
    expect(signs.map((s) => s.kind)).toEqual(['agency', 'supervision', 'reg44']);
    expect(signs[0]!.moved).toBe(
      'Agency staff worked 5% of shifts in Oct to Dec 2025 and 15% in Jul to Sep 2026: up 10 percentage points.',
    );
    expect(signs[0]!.link).toBe('#/figures');
    expect(signs[1]!.moved).toBe(
      'Supervision sessions held fell from 96.7% of those due in Oct to Dec 2025 to 70% in Jul to Sep 2026: down 26.7 percentage points.',
    );
    expect(signs[2]!.moved).toBe(
      'The independent visitor recommended action on the same subject more than once: 4.2 Supervision at 2 visits (14 May 2026, 20 August 2026).',
    );
    expect(signs[2]!.link).toBe('#/inspections/reg44');
  });

  it('a new manager, or days without a registered manager, is a sign at once', () => {
    const input = stableHome();
    input.figures = figures((quarter) =>
      quarter === '2026-Q2'
        ? { daysWithoutManager: 45, managerMonthsInPost: 0 }
        : quarter === '2026-Q3'
          ? { managerMonthsInPost: 3, daysWithoutManager: 92 }
          : {},
    );
    const [sign] = earlyWarning(input).signs;
    expect(sign!.kind).toBe('manager');
    expect(sign!.moved).toBe(
      'The manager in post at the end of Jul to Sep 2026 had been there 3 months; 137 days without a registered manager (45 in Apr to Jun 2026, 92 in Jul to Sep 2026).',
    );
  });

  it('a vacancy recorded without days counted is still named', () => {
    const input = stableHome();
    input.figures = figures();
    input.figures[5] = { ...input.figures[5]!, managerStatus: 'none' };
    expect(earlyWarning(input).signs[0]!.moved).toBe('No manager in post at the end of Apr to Jun 2026.');
  });

  it('turnover over 12 months rising by 10 points or more is a sign; by less is not', () => {
    const input = stableHome();
    // One leaver a quarter is 40% a year; two more in the last two quarters make 60%.
    input.figures = figures((q) => (q === '2026-Q2' || q === '2026-Q3' ? { staffLeft: 2 } : {}));
    const sign = earlyWarning(input).signs.find((s) => s.kind === 'turnover');
    expect(sign?.moved).toBe(
      'Staff turnover over 12 months rose from 40% (the year to Oct to Dec 2025) to 60% (the year to Jul to Sep 2026): up 20 percentage points.',
    );
    input.figures = figures((q) => (q === '2026-Q3' ? { staffLeft: 1.9 } : {}));
    expect(kinds(input)).not.toContain('turnover');
  });

  it('missing episodes and restraint rising by 3 over the earlier average are signs; 2 is not', () => {
    const input = stableHome();
    input.figures = figures((q) => (q === '2026-Q3' ? { missingEpisodes: 5, restraintIncidents: 3 } : {}));
    const { signs } = earlyWarning(input);
    expect(signs.map((s) => s.kind)).toEqual(['missing']);
    expect(signs[0]!.moved).toBe(
      '5 missing-from-care episodes in Jul to Sep 2026, against 2 in Oct to Dec 2025, 2 in Jan to Mar 2026, 2 in Apr to Jun 2026: 3 above the earlier average.',
    );
  });

  it('appraisals late for a quarter of the staff, and at least two people, is a sign', () => {
    const input = stableHome();
    input.appraisals = { inPost: 8, late: 2 };
    expect(kinds(input)).toEqual(['appraisals']);
    input.appraisals = { inPost: 9, late: 2 };
    expect(kinds(input)).toEqual([]);
    input.appraisals = { inPost: 2, late: 1 };
    expect(kinds(input)).toEqual([]);
  });

  it("the team's ratings drifting below the manager's, by two more indicators, is a sign", () => {
    const input = stableHome();
    input.teamRounds = [
      { quarter: '2025-Q4', reviewId: 1, compared: 40, belowManager: 1 },
      { quarter: '2026-Q3', reviewId: 4, compared: 40, belowManager: 3 },
      // Outside the window: not counted.
      { quarter: '2025-Q2', reviewId: 0, compared: 40, belowManager: 0 },
    ];
    const [sign] = earlyWarning(input).signs;
    expect(sign!.moved).toBe(
      "The team's ratings were a grade or more below yours on 3 indicators in Jul to Sep 2026, against 1 in Oct to Dec 2025: 2 more.",
    );
    expect(sign!.link).toBe('#/team/meeting/4');
  });

  it("young people's answers falling by more than one young person's answers is a sign", () => {
    const input = stableHome();
    input.surveys = [survey('2026-Q1', [4, 0, 0]), survey('2026-Q4', [1, 1, 2])];
    const [sign] = earlyWarning(input).signs;
    expect(sign!.kind).toBe('survey');
    expect(sign!.moved).toBe('Less positive in Oct to Dec 2026 than in Jan to Mar 2026: “I feel safe here”.');
    // One young person answering differently is not a trend.
    input.surveys = [survey('2026-Q1', [4, 0, 0]), survey('2026-Q4', [3, 1, 0])];
    expect(kinds(input)).toEqual([]);
    // A survey below the threshold of answers is never compared.
    input.surveys = [survey('2026-Q1', [4, 0, 0]), { ...survey('2026-Q4', [0, 0, 2]), shown: false }];
    expect(kinds(input)).toEqual([]);
  });

  it('Reg 44 recommendations with the same words count as one subject; outside the window they do not count', () => {
    const input = stableHome();
    input.reg44 = [
      { visitedOn: '2025-08-01', text: 'Fix the garden gate', topic: null },
      { visitedOn: '2026-02-01', text: 'Fix the  garden gate ', topic: null },
    ];
    expect(kinds(input)).toEqual([]);
    input.reg44.push({ visitedOn: '2026-09-03', text: 'fix the garden gate', topic: null });
    expect(earlyWarning(input).signs[0]!.moved).toContain('“Fix the  garden gate” at 2 visits');
  });

  it('one quarter of figures only: nothing to compare, so no movement signs', () => {
    const input = stableHome();
    input.figures = [{ quarter: '2026-Q3', values: { ...steady, missingEpisodes: 9 }, managerStatus: null }];
    input.teamRounds = [{ quarter: '2026-Q3', reviewId: 4, compared: 40, belowManager: 9 }];
    input.surveys = [survey('2026-Q3', [0, 0, 4])];
    const result = earlyWarning(input);
    expect(result.signs).toEqual([]);
    expect(result.quartersWithFigures).toBe(1);
  });

  it('missing figures are skipped, and compared between the quarters that have them', () => {
    const input = stableHome();
    input.figures = figures((q) =>
      q === '2025-Q4'
        ? { shiftsTotal: null, shiftsAgency: null }
        : q === '2026-Q3'
          ? { shiftsAgency: null, supervisionsDue: null }
          : q === '2026-Q2'
            ? { shiftsAgency: 90 }
            : {},
    );
    // Agency: 5% in Jan to Mar 2026 to 15% in Apr to Jun 2026; supervision has only three quarters and holds.
    expect(earlyWarning(input).signs.map((s) => [s.kind, s.moved])).toEqual([
      [
        'agency',
        'Agency staff worked 5% of shifts in Jan to Mar 2026 and 15% in Apr to Jun 2026: up 10 percentage points.',
      ],
    ]);
    // Turnover needs all four quarters of each year: with a gap, no 12-month figure, so no sign.
    input.figures = figures((q) => (q === '2026-Q1' ? { staffLeft: null } : { staffLeft: 3 }));
    expect(kinds(input)).not.toContain('turnover');
  });

  it('no records at all: no signs and no figures', () => {
    const result = earlyWarning({
      asOf: AS_OF,
      figures: [],
      reg44: [],
      teamRounds: [],
      surveys: [],
      appraisals: null,
    });
    expect(result).toEqual({ quarters: WINDOW, quartersWithFigures: 0, signs: [] });
  });

  it('every sign has its rule and a stated basis, in one list', () => {
    expect(SIGN_RULES.map((r) => r.kind)).toEqual([
      'manager',
      'turnover',
      'agency',
      'supervision',
      'appraisals',
      'missing',
      'restraint',
      'reg44',
      'team',
      'survey',
    ]);
    for (const rule of SIGN_RULES)
      expect(rule.basis).toMatch(/Regulation|Ofsted|SCCIF|Hallmarks' own|Hallmarks' rule/);
  });

  it('docs/early-warning.md states every rule and its basis as the module does', () => {
    const doc = readFileSync(new URL('../../docs/early-warning.md', import.meta.url), 'utf8');
    for (const rule of SIGN_RULES) expect(doc).toContain(`| ${rule.name} | ${rule.rule} | ${rule.basis} |`);
  });

  it('never words a sign as a grade or a forecast', () => {
    const input = stableHome();
    input.figures = figures((q) =>
      q === '2026-Q3'
        ? {
            shiftsAgency: 90,
            supervisionsHeld: 10,
            missingEpisodes: 9,
            restraintIncidents: 9,
            daysWithoutManager: 5,
          }
        : {},
    );
    input.appraisals = { inPost: 4, late: 4 };
    const text = earlyWarning(input)
      .signs.map((s) => `${s.title} ${s.moved}`)
      .join(' ');
    expect(text).not.toMatch(/Outstanding|Good\b|Requires improvement|Inadequate|likely|predict|will be/i);
  });
});
