import { addQuarters, quarterLabel, quarterOf } from '@contract/quarters';

/** The quarters a review can be started for: this one and the seven before it, newest first. */
export function startableQuarters(now = new Date()): { value: string; label: string }[] {
  const current = quarterOf(now);
  return Array.from({ length: 8 }, (_, i) => {
    const quarter = addQuarters(current, -i);
    return {
      value: quarter,
      label: i === 0 ? `${quarterLabel(quarter)} (this quarter)` : quarterLabel(quarter),
    };
  });
}
