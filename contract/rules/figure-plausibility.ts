import type { MetricFieldKey, MetricValues } from '../metric-fields';
import { addQuarters, quarterLabel } from './quarters';

/** Another quarter's stored figures, for the checks that read across quarters. */
export interface OtherQuarter {
  quarter: string;
  values: MetricValues;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Figures that do not fit with the home's other figures: warnings, not errors (a figure typed for an
 * earlier quarter may be the wrong one), keyed by the box to check. Each needs every figure it uses;
 * with one missing it says nothing.
 */
export function plausibilityWarnings(
  quarter: string,
  values: MetricValues,
  others: readonly OtherQuarter[],
): Partial<Record<MetricFieldKey, string>> {
  const warnings: Partial<Record<MetricFieldKey, string>> = {};
  const has = (v: MetricValues, key: MetricFieldKey): boolean => typeof v[key] === 'number';
  const v = (key: MetricFieldKey) => values[key] as number;
  const inQuarter = (q: string) => others.find((o) => o.quarter === q)?.values;

  // Children: those at the start, plus those who moved in, less those who moved on, are those at the end.
  const movement: MetricFieldKey[] = [
    'childrenAtStart',
    'admissions',
    'endingsPlanned',
    'endingsUnplanned',
    'childrenAtEnd',
  ];
  if (movement.every((k) => has(values, k))) {
    const expected = v('childrenAtStart') + v('admissions') - v('endingsPlanned') - v('endingsUnplanned');
    if (expected !== v('childrenAtEnd')) {
      warnings.childrenAtEnd = `Children at the start (${v('childrenAtStart')}) plus those who moved in (${v('admissions')}) minus endings (${v('endingsPlanned') + v('endingsUnplanned')}) is ${expected}, not ${v('childrenAtEnd')} at the end. Check the figures, or save anyway`;
    }
  }

  // One quarter's end is the next quarter's start.
  const before = inQuarter(addQuarters(quarter, -1));
  if (before && has(before, 'childrenAtEnd') && has(values, 'childrenAtStart')) {
    const end = before.childrenAtEnd as number;
    if (end !== v('childrenAtStart')) {
      warnings.childrenAtStart = `${quarterLabel(addQuarters(quarter, -1))} ended with ${count(end, 'child', 'children')}, but this quarter starts with ${v('childrenAtStart')}. Check the figures, or save anyway`;
    }
  }
  // The quarter before's own movement: its start, plus those who moved in, less those who moved on, is
  // this quarter's start. It speaks where that quarter's end is not recorded, or was typed without
  // adding up, and never twice for the same box.
  const movedIn = movement.slice(0, 4);
  if (
    before &&
    movedIn.every((k) => has(before, k)) &&
    has(values, 'childrenAtStart') &&
    !warnings.childrenAtStart
  ) {
    const n = (key: MetricFieldKey) => before[key] as number;
    const endings = n('endingsPlanned') + n('endingsUnplanned');
    const leaves = n('childrenAtStart') + n('admissions') - endings;
    if (leaves !== v('childrenAtStart')) {
      warnings.childrenAtStart = `${quarterLabel(addQuarters(quarter, -1))} started with ${count(n('childrenAtStart'), 'child', 'children')}, ${n('admissions')} moved in and ${endings} moved on, which leaves ${leaves}, but this quarter starts with ${v('childrenAtStart')}. Check the figures, or save anyway`;
    }
  }
  const after = inQuarter(addQuarters(quarter, 1));
  if (after && has(after, 'childrenAtStart') && has(values, 'childrenAtEnd') && !warnings.childrenAtEnd) {
    const start = after.childrenAtStart as number;
    if (start !== v('childrenAtEnd')) {
      warnings.childrenAtEnd = `${quarterLabel(addQuarters(quarter, 1))} starts with ${count(start, 'child', 'children')}, but this quarter ends with ${v('childrenAtEnd')}. Check the figures, or save anyway`;
    }
  }

  // Staff stability against the year's leavers: everyone from 12 months ago who has gone left within the
  // four quarters ending with this one, so they are among those quarters' leavers.
  if (has(values, 'staffYearAgo') && has(values, 'staffYearAgoStillHere') && has(values, 'staffLeft')) {
    const earlier = [1, 2, 3].map((i) => inQuarter(addQuarters(quarter, -i)));
    if (earlier.every((e) => e && has(e, 'staffLeft'))) {
      const yearLeavers = v('staffLeft') + earlier.reduce((sum, e) => sum + (e!.staffLeft as number), 0);
      const gone = v('staffYearAgo') - v('staffYearAgoStillHere');
      if (gone > yearLeavers) {
        warnings.staffYearAgoStillHere = `Of the ${v('staffYearAgo')} staff in post 12 months ago, ${v('staffYearAgoStillHere')} are still here, so ${gone} left; but the last four quarters' figures record ${count(yearLeavers, 'leaver')}. Check the figures, or save anyway`;
      }
    }
  }
  return warnings;
}
