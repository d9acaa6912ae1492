import { formatTimestampDate } from '@contract/rules/dates';
import type { Home } from '@contract/home';
import { REPORTS, type PrintFurniture, type ReportKey } from '@contract/reports';

export function furnitureFor(
  home: Home | undefined,
  report: ReportKey,
  period: string,
  /** A title other than the report's usual one (a signed Reg 45 draft is no longer a draft). */
  title: string = REPORTS[report].title,
): PrintFurniture | null {
  if (!home) return null;
  return { home: home.name, urn: home.urn, title, period };
}

/** Today in the home's time zone: "28 November 2026". */
export const printedOn = (now = new Date()): string => formatTimestampDate(now.toISOString());
