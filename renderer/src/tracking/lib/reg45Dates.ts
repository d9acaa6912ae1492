import { addMonths, parseTypedDate, type ParsedDate } from '@contract/rules/dates';

const COMPLETED_ON = {
  empty: 'Enter the date the Reg 45 review was completed, for example 14/09/2026',
  future: 'Enter a completion date that is today or earlier',
  example: '14/09/2026',
};

/** Reads "14/09/2026" (also 14/9/26, 14-09-2026, 14.09.2026) as an ISO date of a day not after the home's today. */
export function parseCompletedOn(text: string, now?: Date): ParsedDate {
  return parseTypedDate(text, COMPLETED_ON, now);
}

/** The next Reg 45 review is due six months after the latest one; null when none is recorded. */
export function nextReg45Due(dates: string[]): string | null {
  const latest = [...dates].sort().at(-1);
  return latest ? addMonths(latest, 6) : null;
}
