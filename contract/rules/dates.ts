/**
 * Dates, in one place for the app and the page. A date is the home's calendar date in Europe/London
 * ("2026-10-05", no time zone), whatever the computer's own clock or time zone says; "today" is the home's
 * today, the same in the renderer and the store. Moments the app records are UTC timestamps, shown in
 * the home's time zone.
 */
export const HOME_TIME_ZONE = 'Europe/London';

const ISO_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: HOME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: HOME_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const LONG_CALENDAR_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: HOME_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The home's date at a moment (now by default): "2026-10-05". */
export function todayIso(now: Date = new Date()): string {
  return ISO_DAY.format(now);
}

/** The home's today as a person would type it: "26/11/2026". */
export function todayTyped(now: Date = new Date()): string {
  return typedFromIso(todayIso(now));
}

/** "2026-10-05" as "5 October 2026". */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return LONG_CALENDAR_DATE.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "2026-10" as "October 2026". */
export function formatIsoMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return MONTH.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A moment the app recorded (UTC) as "5 October 2026 at 14:03", the home's time. */
export function formatTimestamp(timestamp: string): string {
  const date = new Date(timestamp);
  return `${LONG_DATE.format(date)} at ${TIME.format(date)}`;
}

/**
 * The home's date a recorded moment (a UTC timestamp) fell on, as an ISO date: 23:30 UTC on 30 September
 * 2026 is 00:30 on 1 October in the home, so "2026-10-01". Never the timestamp's first ten characters,
 * which are UTC's date and an hour behind in summer.
 */
export function dateOfTimestamp(timestamp: string): string {
  return todayIso(new Date(timestamp));
}

/** The calendar quarter an ISO date falls in: "2026-09-30" is "2026-Q3". */
export function quarterOfIso(iso: string): `${number}-Q${1 | 2 | 3 | 4}` {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return `${year}-Q${(Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4}`;
}

/** The home's date a moment fell on: "5 October 2026". */
export function formatTimestampDate(timestamp: string): string {
  return LONG_DATE.format(new Date(timestamp));
}

/** The earliest date the app accepts: anything before is almost certainly a typing slip. */
export const EARLIEST_DATE = '2000-01-01';

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

/** "26/11/2026" (or 26/11/26, 26-11-2026, 26.11.2026) as an ISO date; why not, when it is not a real date. */
function readDayMonthYear(text: string): { iso: string } | { wrong: 'form' | 'real' } {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!match) return { wrong: 'form' };
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { wrong: 'real' };
  }
  return { iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** What to say when the field is empty or the date is after today, and the example (each form words its own). */
export interface DateMessages {
  empty: string;
  future: string;
  /** "26/11/2026" */
  example: string;
}

/**
 * Reads a typed date that must be no later than the home's today (a sign-off, a completed review), with
 * a message that says how to put it right when it can't.
 */
export function parseTypedDate(text: string, messages: DateMessages, now: Date = new Date()): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: messages.empty };
  const read = readDayMonthYear(trimmed);
  if ('wrong' in read) {
    return read.wrong === 'form'
      ? { ok: false, message: `Enter the date as day, month and year, for example ${messages.example}` }
      : { ok: false, message: `Enter a real date, for example ${messages.example}` };
  }
  if (read.iso > todayIso(now)) return { ok: false, message: messages.future };
  return { ok: true, iso: read.iso };
}

export type TypedDate = { ok: true; iso: string | null } | { ok: false; message: string };

/**
 * Reads a typed date named `what` ("the due date"), on or after 1 January 2000. Empty is allowed only when
 * `required` is false. Whether it may be in the future is the app's rule, checked on saving.
 */
export function readTypedDate(text: string, what: string, required = true): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') {
    return required
      ? { ok: false, message: `Enter ${what}, for example 14/09/2026` }
      : { ok: true, iso: null };
  }
  const read = readDayMonthYear(trimmed);
  if ('wrong' in read) {
    return read.wrong === 'form'
      ? { ok: false, message: `Enter ${what} as day, month and year, for example 14/09/2026` }
      : { ok: false, message: `Enter ${what} as a real date, for example 14/09/2026` };
  }
  if (read.iso < EARLIEST_DATE) return { ok: false, message: 'Enter a date on or after 1 January 2000' };
  return { ok: true, iso: read.iso };
}

/** "2026-09-14" as a person would type it: "14/09/2026"; empty for none. */
export function typedFromIso(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const DAY = 24 * 60 * 60 * 1000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Adds calendar months to an ISO date, keeping the day where it exists (31 Aug + 6 months = 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/**
 * Moments typed as the home's date and time of day (Europe/London), stored as UTC timestamps. The clocks
 * change twice a year, so "01:30" once a year does not exist and once a year happens twice.
 */
const WALL = new Intl.DateTimeFormat('en-GB', {
  timeZone: HOME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The home's date and time at a moment: { date: "2026-07-01", time: "00:30" }. */
export function homeDateTime(moment: Date | string): { date: string; time: string } {
  const parts = Object.fromEntries(
    WALL.formatToParts(typeof moment === 'string' ? new Date(moment) : moment).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The UTC timestamp of a date and time on the home's clock, or null for a time the clocks skip (01:30 on
 * the last Sunday of March). A time that happens twice (01:30 on the last Sunday of October) is the first.
 */
export function homeMoment(date: string, time: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  // The home is an hour ahead of UTC in summer time and level with it in winter: try the earlier first.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const wall = homeDateTime(candidate);
    if (wall.date === date && wall.time === time) return candidate.toISOString();
  }
  return null;
}
