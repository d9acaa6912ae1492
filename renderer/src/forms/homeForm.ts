import { describeInvalidInput } from '@contract/dispatch';
import { homeFields, type Home, type HomeFields } from '@contract/home';
import { ApiError, messageOf } from '@shared/api/ApiError';

/** What the person has typed, exactly as typed. */
export interface HomeFormValues {
  name: string;
  urn: string;
  registeredManager: string;
  places: string;
}

export type HomeFieldName = keyof HomeFormValues;

/** Field order on the page, which is also the order of the error summary. */
export const homeFieldOrder: HomeFieldName[] = ['name', 'urn', 'registeredManager', 'places'];

export interface FormErrors {
  fields: Partial<Record<HomeFieldName, string>>;
  /** A problem not tied to one field, such as the app being unreachable. */
  general?: string;
}

export const emptyHomeForm: HomeFormValues = { name: '', urn: '', registeredManager: '', places: '' };

export function homeFormFrom(home: Home): HomeFormValues {
  return {
    name: home.name,
    urn: home.urn ?? '',
    registeredManager: home.registeredManager ?? '',
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
    places: parsePlaces(values.places) as number,
  };
}

function pickFields(fields: Record<string, string> | undefined): FormErrors['fields'] {
  const picked: FormErrors['fields'] = {};
  for (const name of homeFieldOrder) {
    const message = fields?.[name];
    if (message) picked[name] = message;
  }
  return picked;
}

/** Checks with the same schema the app's server uses, so the messages are the same either way. */
export function validateHomeForm(values: HomeFormValues): FormErrors | null {
  const parsed = homeFields.safeParse(toHomeFields(values));
  if (parsed.success) return null;
  const error = describeInvalidInput(parsed.error);
  return { fields: pickFields(error.fields) };
}

export function formErrorsFrom(error: unknown): FormErrors {
  const fields = error instanceof ApiError ? pickFields(error.fields) : {};
  return Object.keys(fields).length > 0 ? { fields } : { fields, general: messageOf(error) };
}

export function hasErrors(errors: FormErrors | null): errors is FormErrors {
  return errors !== null && (errors.general !== undefined || Object.keys(errors.fields).length > 0);
}
