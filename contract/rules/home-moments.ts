import { dateOfTimestamp, HOME_TIME_ZONE, quarterOfIso } from './dates';

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

/** The quarter the home's date of a moment falls in: 00:30 on 1 July (23:30 UTC on 30 June) is July's. */
export const quarterOfMoment = (moment: string) => quarterOfIso(dateOfTimestamp(moment));
