import { addQuarters, quarterLabel, quartersBetween } from '@contract/rules/quarters';

/**
 * "2026-Q3" as "Jul to Sep 2026" in column headings and chart labels too: many councils and providers
 * number quarters from April, so a bare "Q3" would mislead.
 */
export function shortQuarter(quarter: string): string {
  return quarterLabel(quarter);
}

/** Every quarter from first to last inclusive, so skipped quarters show as gaps. */
export function quarterRange(first: string, last: string): string[] {
  const count = quartersBetween(first, last);
  if (count < 0) return [];
  return Array.from({ length: count + 1 }, (_, i) => addQuarters(first, i));
}

/** The latest `count` quarters up to and including `last`, oldest first. */
export function quartersUpTo(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addQuarters(last, i - count + 1));
}
