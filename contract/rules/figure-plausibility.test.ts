import { describe, expect, it } from 'vitest';
import type { MetricValues } from '../metric-fields';
import { plausibilityWarnings, type OtherQuarter } from './figure-plausibility';
import { checkFigures } from './metric-checks';

const Q = '2026-Q2';
const moved = (start: number, admissions: number, planned: number, unplanned: number, end: number) => ({
  childrenAtStart: start,
  admissions,
  endingsPlanned: planned,
  endingsUnplanned: unplanned,
  childrenAtEnd: end,
});

describe('children at the start plus admissions minus endings are the children at the end', () => {
  it.each<[string, MetricValues, string | undefined]>([
    ['adds up', moved(4, 1, 1, 0, 4), undefined],
    ['adds up with nobody moving', moved(3, 0, 0, 0, 3), undefined],
    [
      'one child too many at the end',
      moved(4, 1, 1, 0, 5),
      'Children at the start (4) plus those who moved in (1) minus endings (1) is 4, not 5 at the end. Check the figures, or save anyway',
    ],
    [
      'an unplanned ending left out',
      moved(4, 0, 0, 1, 4),
      'Children at the start (4) plus those who moved in (0) minus endings (1) is 3, not 4 at the end. Check the figures, or save anyway',
    ],
    [
      'says nothing while a figure is missing',
      { childrenAtStart: 4, admissions: 1, childrenAtEnd: 9 },
      undefined,
    ],
  ])('%s', (_name, values, warning) => {
    expect(plausibilityWarnings(Q, values, []).childrenAtEnd).toBe(warning);
  });
});

describe("the previous quarter's movement leads to this quarter's start", () => {
  const before = (values: MetricValues): OtherQuarter => ({ quarter: '2026-Q1', values });
  const movedBefore = { childrenAtStart: 4, admissions: 1, endingsPlanned: 1, endingsUnplanned: 1 };
  it.each<[string, MetricValues, OtherQuarter[], string | undefined]>([
    ['follows on with no end recorded', { childrenAtStart: 3 }, [before(movedBefore)], undefined],
    [
      'does not follow on, the end not recorded',
      { childrenAtStart: 4 },
      [before(movedBefore)],
      'Jan to Mar 2026 started with 4 children, 1 moved in and 2 moved on, which leaves 3, but this quarter starts with 4. Check the figures, or save anyway',
    ],
    [
      'matches the end typed, which its own movement does not reach',
      { childrenAtStart: 4 },
      [before({ ...movedBefore, childrenAtEnd: 4 })],
      'Jan to Mar 2026 started with 4 children, 1 moved in and 2 moved on, which leaves 3, but this quarter starts with 4. Check the figures, or save anyway',
    ],
    [
      'one child, said as one',
      { childrenAtStart: 2 },
      [before({ childrenAtStart: 1, admissions: 0, endingsPlanned: 0, endingsUnplanned: 0 })],
      'Jan to Mar 2026 started with 1 child, 0 moved in and 0 moved on, which leaves 1, but this quarter starts with 2. Check the figures, or save anyway',
    ],
    [
      'says it once: the end-to-start warning already names the box',
      { childrenAtStart: 5 },
      [before({ ...movedBefore, childrenAtEnd: 3 })],
      'Jan to Mar 2026 ended with 3 children, but this quarter starts with 5. Check the figures, or save anyway',
    ],
    [
      'says nothing while an ending is missing',
      { childrenAtStart: 9 },
      [before({ childrenAtStart: 4, admissions: 1, endingsPlanned: 1 })],
      undefined,
    ],
    ['says nothing without a start this quarter', { admissions: 2 }, [before(movedBefore)], undefined],
    [
      'reads only the quarter just before',
      { childrenAtStart: 9 },
      [{ quarter: '2025-Q4', values: movedBefore }],
      undefined,
    ],
  ])('%s', (_name, values, others, warning) => {
    expect(plausibilityWarnings(Q, values, others).childrenAtStart).toBe(warning);
  });
});

describe("the previous quarter's end is this quarter's start", () => {
  const previous = (end: number): OtherQuarter => ({ quarter: '2026-Q1', values: { childrenAtEnd: end } });
  const next = (start: number): OtherQuarter => ({ quarter: '2026-Q3', values: { childrenAtStart: start } });
  it.each<[string, MetricValues, OtherQuarter[], Partial<Record<string, string>>]>([
    ['matches the quarter before', { childrenAtStart: 4 }, [previous(4)], {}],
    [
      'differs from the quarter before',
      { childrenAtStart: 3 },
      [previous(4)],
      {
        childrenAtStart:
          'Jan to Mar 2026 ended with 4 children, but this quarter starts with 3. Check the figures, or save anyway',
      },
    ],
    [
      'one child, said as one',
      { childrenAtStart: 2 },
      [previous(1)],
      {
        childrenAtStart:
          'Jan to Mar 2026 ended with 1 child, but this quarter starts with 2. Check the figures, or save anyway',
      },
    ],
    [
      'differs from the quarter after, when an earlier quarter is corrected',
      { childrenAtEnd: 4 },
      [next(3)],
      {
        childrenAtEnd:
          'Jul to Sep 2026 starts with 3 children, but this quarter ends with 4. Check the figures, or save anyway',
      },
    ],
    [
      'ignores a quarter two back',
      { childrenAtStart: 3 },
      [{ quarter: '2025-Q4', values: { childrenAtEnd: 4 } }],
      {},
    ],
    [
      'says nothing when the quarter before has no figure',
      { childrenAtStart: 3 },
      [{ quarter: '2026-Q1', values: {} }],
      {},
    ],
  ])('%s', (_name, values, others, expected) => {
    expect(plausibilityWarnings(Q, values, others)).toEqual(expected);
  });
});

describe("staff stability against the year's leavers", () => {
  const leavers = (...left: number[]): OtherQuarter[] =>
    ['2026-Q1', '2025-Q4', '2025-Q3'].map((quarter, i) => ({ quarter, values: { staffLeft: left[i] } }));
  const stability = (yearAgo: number, still: number, left: number): MetricValues => ({
    staffYearAgo: yearAgo,
    staffYearAgoStillHere: still,
    staffLeft: left,
  });
  it.each<[string, MetricValues, OtherQuarter[], string | undefined]>([
    ['3 gone, 3 leavers in the year', stability(11, 8, 1), leavers(0, 2, 0), undefined],
    [
      '2 gone, 4 leavers (some joined in the year and left)',
      stability(11, 9, 1),
      leavers(1, 1, 1),
      undefined,
    ],
    [
      '3 gone, only 1 leaver recorded',
      stability(11, 8, 0),
      leavers(1, 0, 0),
      "Of the 11 staff in post 12 months ago, 8 are still here, so 3 left; but the last four quarters' figures record 1 leaver. Check the figures, or save anyway",
    ],
    [
      'no leavers at all',
      stability(10, 9, 0),
      leavers(0, 0, 0),
      "Of the 10 staff in post 12 months ago, 9 are still here, so 1 left; but the last four quarters' figures record 0 leavers. Check the figures, or save anyway",
    ],
    [
      'says nothing while a quarter of the year has no leavers figure',
      stability(11, 5, 0),
      leavers(0, 0).slice(0, 2),
      undefined,
    ],
    ['says nothing without the stability figures', { staffLeft: 0 }, leavers(0, 0, 0), undefined],
  ])('%s', (_name, values, others, warning) => {
    expect(plausibilityWarnings(Q, values, others).staffYearAgoStillHere).toBe(warning);
  });
});

describe('checkFigures shows the checks across quarters with the other warnings', () => {
  const context = { places: 4, quarter: Q };
  it('adds them as warnings the manager may save anyway, never errors', () => {
    const { errors, warnings } = checkFigures(
      { childrenAtStart: 3 },
      { ...context, otherQuarters: [{ quarter: '2026-Q1', values: { childrenAtEnd: 4 } }] },
    );
    expect(errors).toEqual({});
    expect(warnings.childrenAtStart).toMatch(/^Jan to Mar 2026 ended with 4 children/);
  });

  it("ignores the quarter's own stored row, and figures that are errors", () => {
    const own = { quarter: Q, values: { childrenAtEnd: 1 } };
    expect(checkFigures({ childrenAtStart: 3 }, { ...context, otherQuarters: [own] }).warnings).toEqual({});
    const { errors, warnings } = checkFigures({ ...moved(3, 1, 1, 0, 4), admissions: -1 }, context);
    expect(errors.admissions).toBeDefined();
    expect(warnings.childrenAtEnd).toBeUndefined();
  });

  it('keeps the warning already there for a box (more children than places) rather than replacing it', () => {
    const { warnings } = checkFigures(moved(4, 2, 0, 0, 6), context);
    expect(warnings.childrenAtEnd).toMatch(/more than the home's 4 places/);
  });
});
