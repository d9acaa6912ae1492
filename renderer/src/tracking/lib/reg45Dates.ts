import { addMonths } from '@contract/rules/dates';

/** The next Reg 45 review is due six months after the latest one; null when none is recorded. */
export function nextReg45Due(dates: string[]): string | null {
  const latest = [...dates].sort().at(-1);
  return latest ? addMonths(latest, 6) : null;
}
