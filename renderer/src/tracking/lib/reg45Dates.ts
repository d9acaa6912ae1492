const pad = (n: number) => String(n).padStart(2, '0');

export type TypedDate = { ok: true; iso: string } | { ok: false; message: string };

/** Reads "14/09/2026" (also 14/9/26, 14-09-2026, 14.09.2026) as an ISO date of a day not after today. */
export function parseCompletedOn(text: string, now = new Date()): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, message: 'Enter the date the Reg 45 review was completed, for example 14/09/2026' };
  }
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  if (!match) {
    return { ok: false, message: 'Enter the date as day, month and year, for example 14/09/2026' };
  }
  const [day, month] = [Number(match[1]), Number(match[2])];
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { ok: false, message: 'Enter a real date, for example 14/09/2026' };
  }
  if (date > new Date(now.getFullYear(), now.getMonth(), now.getDate())) {
    return { ok: false, message: 'Enter a completion date that is today or earlier' };
  }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
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

/** The next Reg 45 review is due six months after the latest one; null when none is recorded. */
export function nextReg45Due(dates: string[]): string | null {
  const latest = [...dates].sort().at(-1);
  return latest ? addMonths(latest, 6) : null;
}
