import { addQuarters, quarterLabel, quarterOf } from '@contract/rules/quarters';

/** The quarters a review can be started for: this one (not ended yet) and the seven before it, newest first. */
export function startableQuarters(now = new Date()): { value: string; label: string }[] {
  const current = quarterOf(now);
  return Array.from({ length: 8 }, (_, i) => {
    const quarter = addQuarters(current, -i);
    return {
      value: quarter,
      label: i === 0 ? `${quarterLabel(quarter)} (this quarter, not ended yet)` : quarterLabel(quarter),
    };
  });
}

/**
 * The quarter to offer first: the one after the latest review, so reviews follow on; with no reviews, the
 * quarter just ended. A review is of a quarter that has ended unless the manager deliberately chooses
 * this one, so this quarter is offered only once every earlier one is reviewed.
 */
export function defaultStartQuarter(reviewed: readonly string[], now = new Date()): string {
  const current = quarterOf(now);
  const justEnded = addQuarters(current, -1);
  const latest = [...reviewed].sort().at(-1);
  if (!latest || latest < addQuarters(justEnded, -6)) return justEnded;
  const next = addQuarters(latest, 1);
  return next > current ? current : next;
}
