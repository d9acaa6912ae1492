import { withClock } from './clock';
import { isOperationName, operations, type Handlers } from './operations';
import { ServiceError, type AppError, type Result } from './result';
import { normaliseInput, normaliseText } from './normalise-input';
import { describeFailedSave } from './storage-errors';
import { describeInvalidInput } from './invalid-input';

/** Largest request accepted, measured as JSON text; far above any real form, far below harm. */
export const MAX_REQUEST_CHARS = 2_000_000;

/**
 * Runs one operation: checks the name, parses the input against the contract, calls the handler and
 * wraps the outcome. Invalid input never reaches a handler, so it never changes the database.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  /** Main and browser mode pass the app's log (db/log), which keeps codes and drops messages. */
  log: (error: unknown) => void = () => {},
  /** The app's clock (the store's), which date checks in the contract read while the input is parsed. */
  now: () => Date = () => new Date(),
): Promise<Result<unknown>> {
  if (typeof name !== 'string') return fail(NOT_IN_FORM);
  if (!isOperationName(name)) {
    return fail({
      code: 'unknown_operation',
      message: `The app does not know the operation "${normaliseText(name.slice(0, 80))}".`,
    });
  }
  const normalised = normaliseInput(input ?? {});
  if (!normalised) return fail(NOT_IN_FORM);
  const schema = operations[name].input;
  const parsed = withClock(now, () => schema.safeParse(normalised.value));
  if (!parsed.success) return fail(describeInvalidInput(parsed.error));
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) {
      const { code, message, fields, problems, warnings } = error;
      return fail({ code, message, fields, problems, warnings });
    }
    const storage = describeFailedSave(error);
    if (storage) return fail({ code: 'storage', message: storage });
    log(error);
    return fail({
      code: 'internal',
      message:
        'Something went wrong and nothing was changed. Try again, and if it keeps happening, restart the app.',
    });
  }
}

const NOT_IN_FORM: AppError = {
  code: 'invalid_input',
  message: 'The request was not in the form the app expects.',
};

function fail(error: AppError): Result<never> {
  return { ok: false, error };
}
