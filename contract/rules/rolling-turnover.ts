import type { MetricValues } from '../metric-fields';
import { addQuarters, quarterDates } from './quarters';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Staff turnover over 12 months, as the sector compares it: permanent care staff who left in the four
 * quarters ÷ the average headcount over them (each quarter's (start + end) ÷ 2, averaged) × 100.
 * Null unless all four quarters have leavers and headcounts, so a part-year never passes for a year.
 */
export function rollingTurnover(year: (MetricValues | null)[]): number | null {
  if (year.length !== 4) return null;
  let leavers = 0;
  let headcount = 0;
  for (const v of year) {
    if (
      typeof v?.staffLeft !== 'number' ||
      typeof v.staffAtStart !== 'number' ||
      typeof v.staffAtEnd !== 'number'
    )
      return null;
    leavers += v.staffLeft;
    headcount += (v.staffAtStart + v.staffAtEnd) / 2;
  }
  const average = headcount / 4;
  return average > 0 ? (leavers / average) * 100 : null;
}

/** The four quarters ending with `quarter`, oldest first, from a list of entered figures. */
export function yearEnding(
  quarter: string,
  entered: { quarter: string; values: MetricValues }[],
): (MetricValues | null)[] {
  const byQuarter = new Map(entered.map((m) => [m.quarter, m.values]));
  return [3, 2, 1, 0].map((back) => byQuarter.get(addQuarters(quarter, -back)) ?? null);
}

/** "Apr 2025 to Mar 2026": the 12 months ending with the quarter. */
export function rollingPeriodLabel(quarter: string): string {
  const start = quarterDates(addQuarters(quarter, -3)).start;
  const end = quarterDates(quarter).end;
  const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  return `${month(start)} to ${month(end)}`;
}
