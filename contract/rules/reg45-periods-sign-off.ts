import { formatIsoDate } from './dates';
import { reg45PeriodProblem, type Reg45Period } from './reg45-periods';

/**
 * Whether signing off a Reg 45 draft for `period` would leave the home's Reg 45 periods out of step: an
 * overlap with a recorded period, or a gap after the one before. The draft's period is two whole
 * quarters, while recorded periods may start in any month, so the two can disagree; signing off is then
 * still allowed with a reason (a report for Ofsted is never blocked), and this says why one is asked for.
 * The record for exactly this period is the one sign-off completes, so it is not a clash with itself.
 */
export function reg45SignOffPeriodProblem(
  period: { start: string; end: string },
  records: Reg45Period[],
): string | null {
  const others = records.filter((r) => !(r.periodStart === period.start && r.periodEnd === period.end));
  const problem = reg45PeriodProblem(period, others);
  if (!problem) return null;
  return `This draft covers ${formatIsoDate(period.start)} to ${formatIsoDate(period.end)}. ${problem.message}`;
}
