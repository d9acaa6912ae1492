/** Calendar quarters, written "2026-Q3". Pure functions shared by the store and the renderer. */
import { addMonths, EARLIEST_DATE, quarterOfIso, todayIso } from './dates';

export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parsed = new Map<string, { year: number; q: number }>();

export function parseQuarter(quarter: string): { year: number; q: number } {
  // Trend and streak calculations parse the same few quarters many times over.
  const known = parsed.get(quarter);
  if (known) return known;
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  const result = Object.freeze({ year: Number(match[1]), q: Number(match[2]) });
  if (parsed.size < 10_000) parsed.set(quarter, result);
  return result;
}

/** The quarter the home's date falls in at that moment (Europe/London, see dates.ts). */
export function quarterOf(date: Date): Quarter {
  return quarterOfIso(todayIso(date));
}

export function addQuarters(quarter: string, count: number): Quarter {
  const { year, q } = parseQuarter(quarter);
  const index = year * 4 + (q - 1) + count;
  return `${Math.floor(index / 4)}-Q${((index % 4) + 1) as 1 | 2 | 3 | 4}`;
}

/** Number of quarters from a to b (positive when b is later). */
export function quartersBetween(a: string, b: string): number {
  const pa = parseQuarter(a);
  const pb = parseQuarter(b);
  return pb.year * 4 + pb.q - (pa.year * 4 + pa.q);
}

/** "Jul to Sep 2026". */
export function quarterLabel(quarter: string): string {
  const { year, q } = parseQuarter(quarter);
  return `${MONTHS[(q - 1) * 3]} to ${MONTHS[(q - 1) * 3 + 2]} ${year}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A run of quarters as people say it: "October 2024 to September 2026", "April to September 2026", "July to
 * September 2026"; never "Oct to Dec 2024 to Jul to Sep 2026".
 */
export function periodWords(first: string, last: string): string {
  const a = parseQuarter(first);
  const b = parseQuarter(last);
  const from = MONTH_NAMES[(a.q - 1) * 3]!;
  const to = `${MONTH_NAMES[b.q * 3 - 1]!} ${b.year}`;
  return a.year === b.year ? `${from} to ${to}` : `${from} ${a.year} to ${to}`;
}

/** First and last day of the quarter, as ISO dates. */
export function quarterDates(quarter: string): { start: string; end: string } {
  const { year, q } = parseQuarter(quarter);
  const endMonthDays = [31, 30, 30, 31][q - 1];
  const mm = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${mm((q - 1) * 3 + 1)}-01`, end: `${year}-${mm(q * 3)}-${endMonthDays}` };
}

/** The earliest quarter and date the app accepts: no home has records from before 2000. */
export const EARLIEST_QUARTER = '2000-Q1';

/** A year from the home's today, as an ISO date: the latest date the app accepts. */
export function latestDate(now: Date = new Date()): string {
  return addMonths(todayIso(now), 12);
}

/** Why a quarter is out of range (before 2000, or more than a year ahead), or null when it is fine. */
export function quarterRangeProblem(quarter: string, now: Date = new Date()): string | null {
  if (quarter < EARLIEST_QUARTER) return 'Choose a quarter from Jan to Mar 2000 onwards';
  if (quarter > addQuarters(quarterOf(now), 4)) return 'Choose a quarter no more than a year ahead';
  return null;
}

/** Why a date is out of range, or null when it is fine. */
export function dateRangeProblem(iso: string, now: Date = new Date()): string | null {
  if (iso < EARLIEST_DATE) return 'Enter a date after 1 January 2000';
  if (iso > latestDate(now)) return 'Enter a date no more than a year from today';
  return null;
}

/**
 * How a quarter's number is written where one is shown: not at all (months only), calendar (Q1 = Jan to
 * Mar) or financial year (Q1 = Apr to Jun, as many councils and providers number them).
 */
export type QuarterNumbering = 'none' | 'calendar' | 'financial';

/** "Q1 2026" (calendar) or "Q4 2025/26" (financial year); empty when numbering is off. */
export function quarterNumber(quarter: string, numbering: QuarterNumbering): string {
  const { year, q } = parseQuarter(quarter);
  if (numbering === 'calendar') return `Q${q} ${year}`;
  if (numbering === 'financial') {
    const start = q === 1 ? year - 1 : year;
    return `Q${q === 1 ? 4 : q - 1} ${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  }
  return '';
}

/** "Jan to Mar 2026", with the number after it where the home has chosen one: "Jan to Mar 2026 (Q4 2025/26)". */
export function quarterLabelNumbered(quarter: string, numbering: QuarterNumbering): string {
  const number = quarterNumber(quarter, numbering);
  return number ? `${quarterLabel(quarter)} (${number})` : quarterLabel(quarter);
}
