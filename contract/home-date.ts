import { z } from 'zod';
import { EARLIEST_DATE } from './rules/dates';

export { EARLIEST_DATE };

/** Free text the home writes (actions, recommendations, notes): generous, never truncated silently. */
export const TEXT_MAX = 20_000;

/** A calendar date in the home's time (YYYY-MM-DD), on or after 1 January 2000. */
export const homeDate = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .min(1, { error: `Enter ${what}` })
    .pipe(z.iso.date({ error: `Enter ${what} as a real date, for example 14/09/2026` }))
    .refine((d) => d >= EARLIEST_DATE, { error: 'Enter a date on or after 1 January 2000' });

export const text = (what: string, required = true) =>
  z
    .string({ error: `Enter ${what}` })
    .min(required ? 1 : 0, { error: `Enter ${what}` })
    .refine((s) => !required || s.trim().length > 0, { error: `Enter ${what}` })
    .refine((s) => s.length <= TEXT_MAX, {
      error: `${what[0]?.toUpperCase()}${what.slice(1)} must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer`,
    });

export const NAME_MAX = 200;
export const personName = (what: string) =>
  z.string().max(NAME_MAX, { error: `${what} must be ${NAME_MAX} characters or fewer` });
