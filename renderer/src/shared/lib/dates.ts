const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-10-05" (a calendar date, no time zone) as "5 October 2026". */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return LONG_DATE.format(new Date(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/** A moment the app recorded (UTC) as "5 October 2026 at 14:03", in this computer's time zone. */
export function formatTimestamp(timestamp: string): string {
  const date = new Date(timestamp);
  return `${LONG_DATE.format(date)} at ${TIME.format(date)}`;
}

/** The day a moment fell on, in this computer's time zone: "5 October 2026". */
export function formatTimestampDate(timestamp: string): string {
  return LONG_DATE.format(new Date(timestamp));
}

/** Today as the person would type it: "26/11/2026". */
export function todayTyped(now = new Date()): string {
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

/** Reads "26/11/2026" (or 26/11/26, 26-11-2026, 26.11.2026) into an ISO date, with a message when it can't. */
export function parseTypedDate(text: string, now = new Date()): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the date of sign-off, for example 26/11/2026' };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  if (!match) {
    return { ok: false, message: 'Enter the date as day, month and year, for example 26/11/2026' };
  }
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { ok: false, message: 'Enter a real date, for example 26/11/2026' };
  }
  const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  if (date >= endOfToday) return { ok: false, message: 'Enter a date of sign-off that is today or earlier' };
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}
