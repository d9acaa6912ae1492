import { reg45MonthsPeriod, reg45MonthsProblem, reg45QuarterMonths } from '@contract/reg45-draft';
import { addMonths, formatIsoDate } from '@contract/rules/dates';
import { reportPath, reg45DraftMonthsPath } from '@contract/reports';
import { quarterLabel, addQuarters } from '@contract/rules/quarters';
import { reg45OfferedPeriod } from '@contract/rules/reg45-periods-offered';
import { monthsWords, reg45PeriodQuarters, type PeriodQuarter } from '@contract/rules/reg45-period-quarters';
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

/** The draft's period a print route names: its months, or the two quarters ending at its quarter. */
export function routeDraftPeriod(route: {
  quarter: string;
  firstMonth?: string | undefined;
  lastMonth?: string | undefined;
}): Reg45DraftPeriod {
  if (!route.firstMonth || !route.lastMonth) return twoQuarterPeriod(route.quarter);
  const { firstMonth, lastMonth } = route;
  const quarterMonths = reg45QuarterMonths(route.quarter);
  const twoQuarters = firstMonth === quarterMonths.firstMonth && lastMonth === quarterMonths.lastMonth;
  return { quarter: route.quarter, firstMonth, lastMonth, twoQuarters };
}

/** What the printed draft covers: its dates, the records' last day, and the quarters it draws on. */
export interface DraftWindow {
  start: string;
  end: string;
  /** The last day records are printed for: the period's end, or today while in the three months after. */
  until: string;
  /** The quarters the period overlaps, oldest first, each with a note when only part of it is in it. */
  quarters: PeriodQuarter[];
  /** "February to July 2026 (1 February 2026 to 31 July 2026)", as the cover and running header say it. */
  words: string;
}

/**
 * The print's window on the home's records. Records are printed up to the day it is printed when that is
 * within three months of the period's end (November's visit is in December's draft), as for quarters.
 */
export function draftWindow(period: Reg45DraftPeriod, today: string | undefined): DraftWindow {
  const { start, end } = reg45MonthsPeriod(period.firstMonth, period.lastMonth);
  const after = addMonths(`${period.lastMonth}-01`, 1).slice(0, 7);
  const next = reg45MonthsPeriod(after, addMonths(`${period.lastMonth}-01`, 3).slice(0, 7));
  const until = today && today >= next.start && today <= next.end ? today : end;
  const dates = `${formatIsoDate(start)} to ${formatIsoDate(end)}`;
  return {
    start,
    end,
    until,
    quarters: reg45PeriodQuarters(period.firstMonth, period.lastMonth),
    words: period.twoQuarters ? dates : `${monthsWords(period.firstMonth, period.lastMonth)} (${dates})`,
  };
}
