import { z } from 'zod';

export const HOME_NAME_MAX = 120;
export const PERSON_NAME_MAX = 120;
export const PLACES_MAX = 99;
export const PROVIDER_MAX = 200;

/** Ofsted children's home URNs: "SC" and six digits, or the newer seven-digit numbers. */
const URN_PATTERN = /^(SC\d{6}|\d{7})$/;

const optionalText = (max: number, tooLong: string) =>
  z
    .string({ error: 'Enter text' })
    .trim()
    .max(max, { error: tooLong })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/**
 * Like optionalText, but left out stays left out (undefined): an update that does not name the field keeps
 * what is recorded, and the screens always send it ('' clears it).
 */
const keptText = (max: number, tooLong: string) =>
  z
    .string({ error: 'Enter text' })
    .trim()
    .max(max, { error: tooLong })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const homeFields = z.strictObject({
  name: z
    .string({ error: 'Enter the name of the home' })
    .trim()
    .min(1, { error: 'Enter the name of the home' })
    .max(HOME_NAME_MAX, { error: `Shorten the home's name to ${HOME_NAME_MAX} characters or fewer` }),
  urn: z
    .string({ error: 'Enter the Ofsted URN' })
    .trim()
    .transform((v) => v.toUpperCase().replace(/\s+/g, ''))
    .refine((v) => v === '' || URN_PATTERN.test(v), {
      error: 'Enter the Ofsted URN as it appears on the registration certificate, for example SC123456',
    })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  registeredManager: optionalText(
    PERSON_NAME_MAX,
    `Shorten the registered manager's name to ${PERSON_NAME_MAX} characters or fewer`,
  ),
  provider: keptText(
    PROVIDER_MAX,
    `Shorten the registered provider's name to ${PROVIDER_MAX} characters or fewer`,
  ),
  responsibleIndividual: keptText(
    PERSON_NAME_MAX,
    `Shorten the responsible individual's name to ${PERSON_NAME_MAX} characters or fewer`,
  ),
  places: z
    .number({ error: 'Enter the number of places as a whole number, for example 4' })
    .int({ error: 'Enter the number of places as a whole number, for example 4' })
    .min(1, { error: 'Enter at least 1 place' })
    .max(PLACES_MAX, { error: `Enter ${PLACES_MAX} places or fewer` }),
});

export type HomeFields = z.input<typeof homeFields>;

export interface Home {
  id: number;
  name: string;
  urn: string | null;
  registeredManager: string | null;
  /** The registered provider (the organisation) and its responsible individual, for the Reg 45 report. */
  provider: string | null;
  responsibleIndividual: string | null;
  places: number;
  createdAt: string;
  updatedAt: string;
}
