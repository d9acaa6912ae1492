import { addDays, addMonths } from './dates';
import { addQuarters, quarterDates } from './quarters';
import type { Reg45Period } from './reg45-periods';

export interface OfferedReg45Period {
  start: string;
  end: string;
  /** Whether this is a period already recorded (being completed or signed again), not a new one. */
  recorded: boolean;
}

/**
 * The period a Reg 45 draft whose last quarter is `lastQuarter` is offered for. Recorded periods may start
 * in any month (a February to July cycle is allowed) and follow on from one another, so the draft follows
 * the home's own cycle rather than forcing two whole quarters on it:
 * - a recorded period ending within `lastQuarter` is the period itself (the draft completes it);
 * - otherwise the six months that follow on from the latest recorded period ending before `lastQuarter`;
 * - with nothing recorded before (or no record with both dates), the two whole quarters ending there.
 * The offered period therefore never overlaps a recorded one nor leaves a gap after the one before it,
 * so signing it off asks for no reason.
 */
export function reg45OfferedPeriod(lastQuarter: string, records: Reg45Period[]): OfferedReg45Period {
  const quarter = quarterDates(lastQuarter);
  const dated = records
    .filter((r): r is Reg45Period & { periodStart: string; periodEnd: string } =>
      Boolean(r.periodStart && r.periodEnd),
    )
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const endingHere = dated.filter((r) => r.periodEnd >= quarter.start && r.periodEnd <= quarter.end).at(-1);
  if (endingHere) return { start: endingHere.periodStart, end: endingHere.periodEnd, recorded: true };
  const before = dated.filter((r) => r.periodEnd < quarter.start).at(-1);
  // A later record that starts before the follow-on would end means the space between them is shorter
  // than six months: the offered period fills it exactly, so neither overlaps nor leaves a gap.
  if (before) {
    const start = addDays(before.periodEnd, 1);
    const sixMonths = addDays(addMonths(start, 6), -1);
    const next = dated.find((r) => r.periodStart > before.periodEnd);
    const end = next && next.periodStart <= sixMonths ? addDays(next.periodStart, -1) : sixMonths;
    return { start, end, recorded: false };
  }
  return { start: quarterDates(addQuarters(lastQuarter, -1)).start, end: quarter.end, recorded: false };
}
