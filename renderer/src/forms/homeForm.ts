import { homeFields, type Home, type HomeFields } from '@contract/home';
import { checkWith, type FormProblems } from '@shared/lib/formProblems';

/** What the person has typed, exactly as typed. */
export interface HomeFormValues {
  name: string;
  urn: string;
  registeredManager: string;
  provider: string;
  responsibleIndividual: string;
  places: string;
}

export type HomeFieldName = keyof HomeFormValues;

/** Field order on the page, which is also the order of the error summary. */
export const homeFieldOrder: HomeFieldName[] = [
  'name',
  'urn',
  'registeredManager',
  'provider',
  'responsibleIndividual',
  'places',
];

export const emptyHomeForm: HomeFormValues = {
  name: '',
  urn: '',
  registeredManager: '',
  provider: '',
  responsibleIndividual: '',
  places: '',
};

export function homeFormFrom(home: Home): HomeFormValues {
  return {
    name: home.name,
    urn: home.urn ?? '',
    registeredManager: home.registeredManager ?? '',
    provider: home.provider ?? '',
    responsibleIndividual: home.responsibleIndividual ?? '',
    places: String(home.places),
  };
}

/** "4" becomes 4; anything that is not plainly a number is left for the schema to reject in its own words. */
function parsePlaces(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function toHomeFields(values: HomeFormValues): HomeFields {
  return {
    name: values.name,
    urn: values.urn,
    registeredManager: values.registeredManager,
    provider: values.provider,
    responsibleIndividual: values.responsibleIndividual,
    places: parsePlaces(values.places) as number,
  };
}

/** Checks with the same schema the app's server uses, so the messages are the same either way. */
export function validateHomeForm(values: HomeFormValues): FormProblems {
  return checkWith(homeFields, toHomeFields(values));
}
