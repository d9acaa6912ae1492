import { addDays, addMonths, formatIsoDate } from './dates';

/** A Reg 45 record's period as saved; either date may be missing on an older record. */
export interface Reg45Period {
  id: number;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface Reg45PeriodProblem {
  field: 'periodStart' | 'periodEnd';
  message: string;
}

const words = (start: string, end: string) => `${formatIsoDate(start)} to ${formatIsoDate(end)}`;

/**
 * Whether a Reg 45 period can be recorded beside the home's others. A period may start on any day of any
 * month (a February to July cycle is as good as April to September), lasts at most six months (reg 45
 * asks for a review at least every six months), and follows on from the periods before and after it: no
 * two overlap and none leaves days unreviewed between them. The message names the period it meets and the
 * date that would fit. A record without both dates is not checked (older records often have none).
 */
export function reg45PeriodProblem(
  candidate: { id?: number; start: string | null; end: string | null },
  records: Reg45Period[],
): Reg45PeriodProblem | null {
  const { start, end } = candidate;
  if (!start || !end) return null;
  if (end < start)
    return { field: 'periodEnd', message: 'The period must end on or after the day it starts.' };
  const latestEnd = addDays(addMonths(start, 6), -1);
  if (end > latestEnd) {
    return {
      field: 'periodEnd',
      message: `A Reg 45 period is at most six months: one starting on ${formatIsoDate(start)} ends by ${formatIsoDate(latestEnd)}.`,
    };
  }
  const others = records
    .filter((r): r is Reg45Period & { periodStart: string; periodEnd: string } =>
      Boolean(r.id !== candidate.id && r.periodStart && r.periodEnd),
    )
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  const overlap = others.find((r) => start <= r.periodEnd && end >= r.periodStart);
  if (overlap) {
    const fit =
      overlap.periodStart <= start
        ? `start this one on ${formatIsoDate(addDays(overlap.periodEnd, 1))}, the day after it ends`
        : `end this one on ${formatIsoDate(addDays(overlap.periodStart, -1))}, the day before it starts`;
    return {
      field: overlap.periodStart <= start ? 'periodStart' : 'periodEnd',
      message: `This period overlaps the Reg 45 period already recorded for ${words(overlap.periodStart, overlap.periodEnd)}: ${fit}.`,
    };
  }
  const before = others.filter((r) => r.periodEnd < start).at(-1);
  if (before && addDays(before.periodEnd, 1) !== start) {
    return {
      field: 'periodStart',
      message: `This leaves a gap after the Reg 45 period recorded for ${words(before.periodStart, before.periodEnd)}: start this one on ${formatIsoDate(addDays(before.periodEnd, 1))}, the day after it ends.`,
    };
  }
  const after = others.find((r) => r.periodStart > end);
  if (after && addDays(end, 1) !== after.periodStart) {
    return {
      field: 'periodEnd',
      message: `This leaves a gap before the Reg 45 period recorded for ${words(after.periodStart, after.periodEnd)}: end this one on ${formatIsoDate(addDays(after.periodStart, -1))}, the day before it starts.`,
    };
  }
  return null;
}
