import { ServiceError } from '../result';

/**
 * A date the manager records that has already happened (a visit, a sign-off, a survey) may not be after
 * today, the home's day from the app's clock. Throws the field's message when it is.
 */
export function notInFuture(date: string | null, today: string, field: string, what: string) {
  if (date && date > today) {
    throw new ServiceError('invalid_input', `The ${what} cannot be in the future.`, {
      [field]: 'Enter a date that is today or earlier',
    });
  }
}
