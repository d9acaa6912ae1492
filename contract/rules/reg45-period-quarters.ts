import { formatIsoMonth, quarterOfIso } from './dates';
import { addQuarters, quarterDates, type Quarter } from './quarters';

/** One quarter whose months overlap a Reg 45 period, with the months that fall in the period. */
export interface PeriodQuarter {
  quarter: Quarter;
  firstMonth: string;
  lastMonth: string;
  /** Said beside the quarter's judgements when only some of its months are in the period; null when all. */
  partial: string | null;
}

const monthOf = (iso: string) => iso.slice(0, 7);
const monthName = (month: string) => formatIsoMonth(month).split(' ')[0]!;

/**
 * A run of months as people say it: "February to July 2026", "October 2025 to March 2026", "July 2026";
 * never "Feb to Jul". Within one year the year is said once, as periodWords says quarters.
 */
export function monthsWords(firstMonth: string, lastMonth: string): string {
  if (firstMonth === lastMonth) return formatIsoMonth(firstMonth);
  return firstMonth.slice(0, 4) === lastMonth.slice(0, 4)
    ? `${monthName(firstMonth)} to ${formatIsoMonth(lastMonth)}`
    : `${formatIsoMonth(firstMonth)} to ${formatIsoMonth(lastMonth)}`;
}

/**
 * The quarters a Reg 45 period of whole months overlaps, oldest first. The quarterly review is
 * quarterly, so a period that is not whole quarters (February to July) draws on three reviews, two of
 * them only in part; each such quarter says which of its months fall in the period, so the report is
 * honest that the quarter's judgement covers more than the period does.
 */
export function reg45PeriodQuarters(firstMonth: string, lastMonth: string): PeriodQuarter[] {
  const quarters: PeriodQuarter[] = [];
  const last = quarterOfIso(`${lastMonth}-01`);
  for (let q = quarterOfIso(`${firstMonth}-01`); q <= last; q = addQuarters(q, 1)) {
    const { start, end } = quarterDates(q);
    const from = monthOf(start) < firstMonth ? firstMonth : monthOf(start);
    const to = monthOf(end) > lastMonth ? lastMonth : monthOf(end);
    const whole = from === monthOf(start) && to === monthOf(end);
    const fall = from === to ? 'only falls' : 'only fall';
    const months = from === to ? formatIsoMonth(from) : `${monthName(from)} and ${formatIsoMonth(to)}`;
    quarters.push({
      quarter: q,
      firstMonth: from,
      lastMonth: to,
      partial: whole ? null : `${months} ${fall} in this period`,
    });
  }
  return quarters;
}
