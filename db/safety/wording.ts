import { formatTimestamp } from '../../contract/rules/dates';

/** A moment as a manager reads it: the home's clock (Europe/London), for example "5 November 2026 at 09:00". */
export function londonTime(date: Date): string {
  return formatTimestamp(date.toISOString());
}
