import { addQuarters, parseQuarter, quartersBetween } from '@contract/quarters';

/** "2026-Q3" as "Q3 2026": short enough for column headings and chart labels. */
export function shortQuarter(quarter: string): string {
  const { year, q } = parseQuarter(quarter);
  return `Q${q} ${year}`;
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
