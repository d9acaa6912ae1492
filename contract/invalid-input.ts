import type { z } from 'zod';
import type { AppError } from './result';

/**
 * Turns a failed parse into the app's error: one message per problem, and the first for each field. Kept
 * apart from dispatch.ts (which needs every operation's schema) because forms use it too, and the first
 * screen must not load the whole contract and zod just to have it.
 */
export function describeInvalidInput(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of error.issues) {
    const message =
      issue.code === 'unrecognized_keys'
        ? `The app does not accept ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')} here.`
        : issue.path.length === 0 && issue.code === 'invalid_type'
          ? 'The request was not in the form the app expects.'
          : issue.message;
    const field = issue.path.map(String).join('.');
    if (field && !(field in fields)) fields[field] = message;
    if (!messages.includes(message)) messages.push(message);
  }
  return {
    code: 'invalid_input',
    message: messages.join(' '),
    fields: Object.keys(fields).length > 0 ? fields : undefined,
  };
}
