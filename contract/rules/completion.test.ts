import { describe, expect, it } from 'vitest';
import { currentFramework } from '../../db/framework';
import { hallmarksV1 } from '../../db/framework/hallmarks-v1';
import type { Framework, Grade, Rating, SccifArea } from '../framework';
import type { Problem } from '../result';
import type { ReviewDetail, SccifAnswer } from '../review';
import {
  completionRefusal,
  missingForCompletion,
  missingSccif,
  overallInputs,
  sccifState,
} from './completion';
import type { RecordFact } from './records-say';

/**
 * A draft a manager has finished against `framework`: every indicator Good, every domain judged Good, the
 * summary written, and the overall (version 1) or the three judgements (version 2 on) Good, which is what
 * the app suggests from all-Good answers, so no reason is asked. Each test then takes one thing away.
 */
function finished(framework: Framework, over: Partial<ReviewDetail> = {}): ReviewDetail {
  const sccif: SccifAnswer[] | null = framework.sccif
    ? (['experiences', 'protection', 'leadership'] as const).map((area) => ({
        area,
        judgement: 3,
        suggested: 3,
        reason: '',
        previous: null,
      }))
    : null;
  return {
    id: 7,
    homeId: 1,
    quarter: '2026-Q3',
    status: 'draft',
    frameworkVersion: framework.version,
    overall: framework.sccif ? null : 3,
    rated: 0,
    total: 0,
    completedAt: null,
    updatedAt: '2026-10-01T09:00:00.000Z',
    strengths: 'Children say staff listen and act on what they hear.',
    improvements: 'Education plans for the two children out of school.',
    staffRoomSummary: '',
    signedByName: null,
    signedByRole: null,
    signedOn: null,
    position: null,
    indicators: framework.domains.flatMap((d) =>
      d.indicators.map((i) => ({
        key: i.key,
        domainKey: d.key,
        statement: i.statement,
        custom: false,
        rating: 3 as Rating,
        note: 'Seen in supervision records.',
        sources: [],
        otherSource: '',
        discuss: false,
        recordsReason: '',
        checkedSameOn: null,
        previous: null,
      })),
    ),
    domains: framework.domains.map((d) => ({
      key: d.key,
      judgement: 3 as Grade,
      rationale: 'Most indicators are Good.',
      previousJudgement: null,
    })),
    events: [],
    previousQuarter: null,
    sccif,
    ...over,
  };
}

const rate = (review: ReviewDetail, ratings: Record<string, Rating | null>): ReviewDetail => ({
  ...review,
  indicators: review.indicators.map((i) => (i.key in ratings ? { ...i, rating: ratings[i.key]! } : i)),
});

const judge = (review: ReviewDetail, judgements: Record<string, Grade | null>): ReviewDetail => ({
  ...review,
  domains: review.domains.map((d) => (d.key in judgements ? { ...d, judgement: judgements[d.key]! } : d)),
});

const sccif = (
  review: ReviewDetail,
  answers: Partial<Record<SccifArea, { judgement: Grade | null; reason?: string }>>,
): ReviewDetail => ({
  ...review,
  sccif: review.sccif!.map((a) => (answers[a.area] ? { ...a, reason: '', ...answers[a.area] } : a)),
});

const domain = (framework: Framework, key: string) => framework.domains.find((d) => d.key === key)!;
const where = (problems: Problem[]) => problems.map((p) => p.field ?? p.domainKey);

const V3 = currentFramework;
const V1 = hallmarksV1;
const PROTECTION = 'how well children and young people are helped and protected';
const EXPERIENCES = 'overall experiences and progress of children and young people';
const LEADERSHIP = 'the effectiveness of leaders and managers';

describe('a finished review', () => {
  it('needs nothing more, against the current framework and against version 1', () => {
    expect(missingForCompletion(finished(V3), V3)).toEqual([]);
    expect(missingForCompletion(finished(V1), V1)).toEqual([]);
  });

  it('counts "Not enough evidence yet" as a rating, not as one still to give', () => {
    const review = rate(finished(V3), { 'lead.visible': 0, 'safe.risks': 0 });
    expect(missingForCompletion(review, V3).filter((p) => p.domainKey)).toEqual([]);
  });
});

describe('each domain', () => {
  const lead = domain(V3, 'leadership');
  const safety = domain(V3, 'safety');

  it('one indicator still to rate is enough to hold it back, and links to that indicator', () => {
    const review = rate(finished(V3), { 'lead.purpose': null });
    expect(missingForCompletion(review, V3)).toEqual([
      {
        message: `${lead.title}: 1 of ${lead.indicators.length} indicators still to rate.`,
        domainKey: 'leadership',
        indicatorKey: 'lead.purpose',
      },
    ]);
  });

  it('counts only its own indicators, and links to the first of those still to rate', () => {
    const review = rate(finished(V3), { 'safe.reg45': null, 'safe.risks': null });
    expect(missingForCompletion(review, V3)).toEqual([
      {
        message: `${safety.title}: 2 of ${safety.indicators.length} indicators still to rate.`,
        domainKey: 'safety',
        indicatorKey: 'safe.risks',
      },
    ]);
  });

  it('asks for the domain judgement on its own when every indicator is rated', () => {
    const review = judge(finished(V3), { voice: null });
    expect(missingForCompletion(review, V3)).toEqual([
      { message: `${domain(V3, 'voice').title}: the domain judgement.`, domainKey: 'voice' },
    ]);
  });

  it('asks for the judgement of a domain the saved review holds no answer for', () => {
    const review = finished(V3);
    const without = { ...review, domains: review.domains.filter((d) => d.key !== 'education') };
    expect(missingForCompletion(without, V3)).toEqual([
      { message: `${domain(V3, 'education').title}: the domain judgement.`, domainKey: 'education' },
    ]);
  });

  it('says both in one line when indicators and the judgement are still to do', () => {
    const review = judge(rate(finished(V3), { 'lead.visible': null, 'lead.learning': null }), {
      leadership: null,
    });
    expect(missingForCompletion(review, V3)).toEqual([
      {
        message: `${lead.title}: 2 of ${lead.indicators.length} indicators still to rate, and the domain judgement.`,
        domainKey: 'leadership',
        indicatorKey: 'lead.visible',
      },
    ]);
  });
});

describe('the summary', () => {
  it('asks for the strengths and the areas to improve when empty or only spaces', () => {
    expect(missingForCompletion(finished(V3, { strengths: '' }), V3)).toEqual([
      { message: 'Summary: the strengths.', field: 'strengths' },
    ]);
    expect(missingForCompletion(finished(V3, { improvements: ' \n\t ' }), V3)).toEqual([
      { message: 'Summary: the areas to improve.', field: 'improvements' },
    ]);
    expect(missingForCompletion(finished(V3, { strengths: '  \n' }), V3)).toHaveLength(1);
  });
});

describe('"Your records say" reasons', () => {
  const fact: RecordFact = {
    indicatorKey: 'safe.reg44',
    text: 'Reg 44 records: 1 recommendation is not yet answered, 1 past the timescale.',
    link: '#/inspections',
    linkText: 'Reg 44 visits',
    ceiling: 2,
  };

  it('asks for one sentence where a rating is above what the records suggest', () => {
    const missing = missingForCompletion(finished(V3), V3, [fact]);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      domainKey: 'safety',
      indicatorKey: 'safe.reg44',
      field: 'indicator.safe.reg44.recordsReason',
    });
    expect(missing[0]!.message).toMatch(
      /is Good when your records suggest Requires improvement to be good\.$/,
    );
    // Named by its domain's title, as the manager knows it, not by its key.
    const opening = `${domain(V3, 'safety').title}: say in one sentence why "`;
    expect(missing[0]!.message.slice(0, opening.length)).toBe(opening);
  });

  it('asks nothing once the sentence is written', () => {
    const review = finished(V3);
    const explained = {
      ...review,
      indicators: review.indicators.map((i) =>
        i.key === 'safe.reg44' ? { ...i, recordsReason: 'The response was sent; the visitor has it.' } : i,
      ),
    };
    expect(missingForCompletion(explained, V3, [fact])).toEqual([]);
  });
});

describe('the order of the list (the page shows it as given)', () => {
  it('domains in framework order, then records reasons, the strengths, the areas to improve, the judgements', () => {
    let review = finished(V3, { strengths: '', improvements: '' });
    review = rate(review, { 'safe.trends': null, 'lead.challenge': null });
    review = sccif(review, { experiences: { judgement: null } });
    const fact: RecordFact = {
      indicatorKey: 'staff.keyworker',
      text: 'Action plan: "Key worker sessions" was due by 01/09/2026 and is not done.',
      link: '#/actions',
      linkText: 'Action plan',
      ceiling: 2,
    };
    expect(where(missingForCompletion(review, V3, [fact]))).toEqual([
      'leadership',
      'safety',
      'indicator.staff.keyworker.recordsReason',
      'strengths',
      'improvements',
      'sccif.experiences',
    ]);
  });
});

describe('version 1: one overall judgement', () => {
  it('asks for it while it is not made', () => {
    expect(missingForCompletion(finished(V1, { overall: null }), V1)).toEqual([
      { message: 'Summary: the overall judgement.', field: 'overall' },
    ]);
  });

  it('refuses an overall better than Inadequate while a safeguarding indicator is Inadequate', () => {
    const review = rate(finished(V1, { overall: 2 }), { 'safe.missing': 1 });
    expect(missingForCompletion(review, V1)).toEqual([
      {
        message:
          'Summary: the overall judgement (Requires improvement to be good) is better than the limiting rules allow. A safeguarding indicator is rated Inadequate, so the overall judgement is Inadequate.',
        field: 'overall',
      },
    ]);
    expect(missingForCompletion({ ...review, overall: 1 }, V1)).toEqual([]);
  });

  it('lets an indicator that is not a safeguarding one be Inadequate without capping the overall', () => {
    const review = rate(finished(V1), { 'safe.reg44': 1, 'staff.turnover': 1 });
    expect(missingForCompletion(review, V1)).toEqual([]);
  });

  it('caps the overall at requires improvement while leadership is judged Inadequate, and no other domain does', () => {
    const review = judge(finished(V1), { leadership: 1 });
    expect(missingForCompletion(review, V1)).toEqual([
      {
        message:
          'Summary: the overall judgement (Good) is better than the limiting rules allow. Leadership is judged Inadequate, so the overall judgement can be no better than Requires improvement to be good.',
        field: 'overall',
      },
    ]);
    expect(missingForCompletion({ ...review, overall: 2 }, V1)).toEqual([]);
    expect(missingForCompletion(judge(finished(V1), { staffing: 1 }), V1)).toEqual([]);
  });
});

describe('version 2 on: the three judgements', () => {
  it('asks for each judgement not yet made, by name, and never for an overall', () => {
    const review = sccif(finished(V3, { overall: null }), {
      experiences: { judgement: null },
      protection: { judgement: null },
      leadership: { judgement: null },
    });
    expect(missingForCompletion(review, V3)).toEqual([
      { message: `Summary: the judgement on ${EXPERIENCES}.`, field: 'sccif.experiences' },
      { message: `Summary: the judgement on ${PROTECTION}.`, field: 'sccif.protection' },
      { message: `Summary: the judgement on ${LEADERSHIP}.`, field: 'sccif.leadership' },
    ]);
  });

  it('asks why a judgement differs from the suggestion, and why leaders stay Good when protection is below Good', () => {
    const review = sccif(finished(V3), { protection: { judgement: 2, reason: '   ' } });
    expect(missingForCompletion(review, V3)).toEqual([
      {
        message: `Summary: why the judgement on ${PROTECTION} differs from the suggestion.`,
        field: 'sccif.protection.reason',
      },
      {
        message: `Summary: why ${LEADERSHIP} is still Good when ${PROTECTION} is Requires improvement to be good.`,
        field: 'sccif.leadership.reason',
      },
    ]);
    const explained = sccif(review, {
      protection: { judgement: 2, reason: 'Two missing episodes had no return interview.' },
      leadership: { judgement: 3, reason: 'Our own audit found it in August and we acted.' },
    });
    expect(missingForCompletion(explained, V3)).toEqual([]);
  });

  it("uses the app's suggestion for protection while it is not yet judged", () => {
    const review = sccif(judge(finished(V3), { safety: 2 }), { protection: { judgement: null } });
    expect(where(missingForCompletion(review, V3))).toEqual(['sccif.protection', 'sccif.leadership.reason']);
  });

  it('refuses overall experiences better than Inadequate while protection is Inadequate', () => {
    const review = sccif(finished(V3), {
      protection: { judgement: 1, reason: 'Risk assessments were not followed.' },
      leadership: { judgement: 3, reason: 'Leaders found it and acted the same day.' },
      experiences: { judgement: 2, reason: 'Children are making progress at school.' },
    });
    expect(missingSccif(review, V3)).toEqual([
      {
        message: `Summary: ${EXPERIENCES} is better than the limiting rules allow. How well children and young people are helped and protected is Inadequate. That is a limiting judgement, so ${EXPERIENCES} is Inadequate.`,
        field: 'sccif.experiences',
      },
    ]);
    expect(missingSccif(sccif(review, { experiences: { judgement: 1 } }), V3)).toEqual([]);
  });

  it('caps overall experiences at requires improvement while leaders and managers are Inadequate', () => {
    const review = sccif(finished(V3), {
      leadership: { judgement: 1, reason: 'No supervision for three months.' },
      experiences: { judgement: 3, reason: 'Children are settled and progressing.' },
    });
    expect(where(missingSccif(review, V3))).toEqual(['sccif.experiences']);
    expect(missingSccif(sccif(review, { experiences: { judgement: 2, reason: 'As above.' } }), V3)).toEqual(
      [],
    );
  });

  it('has nothing to ask of a review or a framework without the three judgements', () => {
    expect(missingSccif(finished(V3, { sccif: null }), V3)).toEqual([]);
    const v1WithAnswers = { ...finished(V1), sccif: finished(V3).sccif };
    expect(missingSccif(v1WithAnswers, V1)).toEqual([]);
  });
});

describe('what the suggestions are worked out from', () => {
  it('takes the version 1 limiting rules from the framework, wherever the leadership domain sits', () => {
    const reordered: Framework = { ...V1, domains: [...V1.domains].reverse() };
    const review = judge(rate(finished(V1), { 'safe.risks': 1, 'safe.reg44': 2 }), { leadership: 2 });
    const inputs = overallInputs(review, reordered);
    expect(inputs.leadershipDomain).toBe('leadership');
    expect(inputs.domainJudgements).toEqual({
      ...Object.fromEntries(V1.domains.map((d) => [d.key, 3])),
      leadership: 2,
    });
    expect(inputs.safeguardingRatings).toEqual([1, 3, 3]);
  });

  it('names no leadership domain and no safeguarding ratings where the framework marks none', () => {
    const inputs = overallInputs(finished(V3), V3);
    expect(inputs.leadershipDomain).toBe('');
    expect(inputs.safeguardingRatings).toEqual([]);
  });

  it('reads the three judgements as confirmed, and none from a review without them', () => {
    const review = sccif(rate(finished(V3), { 'lead.visible': 4 }), { protection: { judgement: 2 } });
    const state = sccifState(review);
    expect(state.confirmed).toStrictEqual({ experiences: 3, protection: 2, leadership: 3 });
    expect(state.indicatorRatings['lead.visible']).toBe(4);
    expect(state.domainJudgements).toStrictEqual(Object.fromEntries(V3.domains.map((d) => [d.key, 3])));
    expect(sccifState(finished(V1)).confirmed).toStrictEqual({});
  });
});

describe('the sentence above the list', () => {
  it('says "this" for one thing and counts the rest', () => {
    expect(completionRefusal(1)).toBe(
      'Finish this before signing off (an indicator can be marked "Not enough evidence yet"):',
    );
    expect(completionRefusal(2)).toBe(
      'Finish these 2 things before signing off (an indicator can be marked "Not enough evidence yet"):',
    );
    expect(completionRefusal(11)).toMatch(/^Finish these 11 things before signing off/);
  });
});
