import { reg45MonthsProblem, reg45QuarterMonths } from '@contract/reg45-draft';
import { reportPath, reg45DraftMonthsPath } from '@contract/reports';
import { quarterLabel, addQuarters } from '@contract/rules/quarters';
import { reg45OfferedPeriod } from '@contract/rules/reg45-periods-offered';
import { monthsWords } from '@contract/rules/reg45-period-quarters';
import type { Reg45Period } from '@contract/rules/reg45-periods';

/** The period a Reg 45 draft covers: its last quarter and first and last month. */
export interface Reg45DraftPeriod {
  quarter: string;
  firstMonth: string;
  lastMonth: string;
  /** Whether the period is the two whole quarters ending at `quarter` (the draft as it always was). */
  twoQuarters: boolean;
}

/** The draft's period for the two whole quarters ending at `quarter`. */
export function twoQuarterPeriod(quarter: string): Reg45DraftPeriod {
  return { quarter, ...reg45QuarterMonths(quarter), twoQuarters: true };
}

/**
 * The period the draft for `quarter` is offered for, following the home's recorded Reg 45 cycle. A
 * recorded period that is not whole months, or is longer than a draft may be, cannot be a draft's
 * months: the draft is then the two quarters, and sign-off says why the periods differ.
 */
export function offeredDraftPeriod(quarter: string, records: Reg45Period[]): Reg45DraftPeriod {
  const offered = reg45OfferedPeriod(quarter, records);
  const months = { firstMonth: offered.start.slice(0, 7), lastMonth: offered.end.slice(0, 7) };
  const quarterMonths = reg45QuarterMonths(quarter);
  const same = months.firstMonth === quarterMonths.firstMonth && months.lastMonth === quarterMonths.lastMonth;
  if (same || reg45MonthsProblem({ quarter, ...months })) return twoQuarterPeriod(quarter);
  return { quarter, ...months, twoQuarters: false };
}

/** What the operations take: the months only when they are not the two quarters, as before them. */
export function draftPeriodInput(period: Reg45DraftPeriod): {
  quarter: string;
  firstMonth?: string;
  lastMonth?: string;
} {
  return period.twoQuarters
    ? { quarter: period.quarter }
    : { quarter: period.quarter, firstMonth: period.firstMonth, lastMonth: period.lastMonth };
}

/** "February to July 2026"; two whole quarters are named as the quarters, "Apr to Jun 2026 and Jul to Sep 2026". */
export function draftPeriodWords(period: Reg45DraftPeriod): string {
  return period.twoQuarters
    ? `${quarterLabel(addQuarters(period.quarter, -1))} and ${quarterLabel(period.quarter)}`
    : monthsWords(period.firstMonth, period.lastMonth);
}

/** The print route of the draft: the quarter, or its months when they are not the two quarters. */
export function draftPeriodPrintPath(homeId: number, period: Reg45DraftPeriod): string {
  return period.twoQuarters
    ? reportPath('reg45-draft', homeId, period.quarter)
    : reg45DraftMonthsPath(homeId, period.firstMonth, period.lastMonth);
}
