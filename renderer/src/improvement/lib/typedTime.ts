/** A typed time of day ("9:05", "21.15", "2115") as "HH:MM" on the 24-hour clock, or null when it is none. */
export function readTypedTime(text: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

export const TIME_HINT = '24-hour clock, for example 21:15';
