import { EARLIEST_DATE } from '@contract/home-date';

const pad = (n: number) => String(n).padStart(2, '0');

export type Typed = { ok: true; iso: string | null } | { ok: false; message: string };

/**
 * Reads a typed date ("14/09/2026", also 14/9/26, 14-09-2026, 14.09.2026). Empty is allowed only when
 * `required` is false. Whether a date may be in the future is the app's rule, checked on saving.
 */
export function readTypedDate(text: string, what: string, required = true): Typed {
  const trimmed = text.trim();
  if (trimmed === '') {
    return required
      ? { ok: false, message: `Enter ${what}, for example 14/09/2026` }
      : { ok: true, iso: null };
  }
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, message: `Enter ${what} as day, month and year, for example 14/09/2026` };
  const [day, month] = [Number(match[1]), Number(match[2])];
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: `Enter ${what} as a real date, for example 14/09/2026` };
  }
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (iso < EARLIEST_DATE) return { ok: false, message: 'Enter a date on or after 1 January 2000' };
  return { ok: true, iso };
}

/** "2026-09-14" as the person would type it: "14/09/2026"; empty for none. */
export function typedFromIso(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Adds days to an ISO date. */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
